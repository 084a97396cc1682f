// Data: how people ask for operations (see ../asked.ts), second pass over the most used services:
// S3 bucket settings people read, undo or audit after the main calls, and DynamoDB backups,
// exports, global tables and policies. Words keep each undo apart from its setter.

import type { AskedEntry } from './types.js';

export const ASKED_CORE: readonly AskedEntry[] = [
  {
    op: 's3:DeleteBucketCors',
    asked:
      'remove cross-origin rules, stop browsers calling, drop allowed origins, clear browser access rules, undo cors',
    example: 'strip all the cross origin rules off bucket web-assets',
  },
  {
    op: 's3:DeleteBucketEncryption',
    asked:
      'turn off default encryption, go back to sse-s3 default, remove kms default, reset encryption setting',
    example: 'reset bucket legacy-data to plain default encryption instead of our kms key',
  },
  {
    op: 's3:DeleteBucketReplication',
    asked:
      'stop copying new files to the other region or backup bucket, turn off crr, disable mirroring to a second bucket, no more automatic copies',
    example: 'stop copying new files from prod-assets to the dr bucket in us-west-2',
  },
  {
    op: 's3:DeleteBucketTagging',
    asked: 'remove all bucket tags, untag a bucket, clear bucket cost allocation tags',
    example: 'clear every tag on bucket old-team-scratch',
  },
  {
    op: 's3:DeleteBucketWebsite',
    asked:
      'stop static website hosting, take the site offline, remove index.html hosting, turn off web hosting',
    example: 'turn off static site hosting on bucket promo-2023-site',
  },
  {
    op: 's3:DeletePublicAccessBlock',
    asked:
      'allow public again, remove block public settings, unblock public access on one bucket, lift the public lock',
    example: 'remove the block-public settings from bucket open-datasets so it can be shared',
  },
  {
    op: 's3:DeleteBucketOwnershipControls',
    asked: 'remove object ownership setting, undo bucket owner enforced, clear object writer rule',
    example: 'remove the object ownership setting from bucket partner-drop',
  },
  {
    op: 's3:GetBucketOwnershipControls',
    asked:
      'are acls disabled, bucket owner enforced or object writer, who owns uploads from other accounts, check object ownership',
    example: 'are ACLs turned off on bucket uploads-prod, is it bucket owner enforced?',
  },
  {
    op: 's3:GetBucketAcl',
    asked:
      'who has grants on a bucket, legacy access grants, canned acl, check grantees, is it public-read, read bucket permissions list',
    example: 'show the grantee list on bucket old-website and whether AllUsers can read',
  },
  {
    op: 's3:GetObjectAcl',
    asked: 'who can read this file, grants on one file, is this file public-read, grantee of a single key',
    example: 'does AllUsers have read on s3://media/logo.png?',
  },
  {
    op: 's3:GetBucketLogging',
    asked:
      'are server access logs on, which bucket receives access logs, target bucket for request logs, check access logging',
    example: 'is request logging turned on for bucket billing-exports and which bucket gets the logs',
  },
  {
    op: 's3:GetBucketReplication',
    asked:
      'is cross region copying set up, show replication rules, which destination bucket gets copies, crr rules, where are objects in the bucket copied or replicated to, destination of replication, is replication configured, replication rules of a bucket',
    example: 'which destination bucket does prod-assets copy its new files to?',
  },
  {
    op: 's3:GetBucketTagging',
    asked: 'show labels on a bucket, which cost center, read bucket tags, who owns this bucket label',
    example: 'what cost-center label is on bucket analytics-raw',
  },
  {
    op: 's3:GetBucketWebsite',
    asked:
      'static site settings, what is the index document, error document, redirect rules, is website hosting on',
    example: 'what index and error pages is bucket docs-site serving?',
  },
  {
    op: 's3:GetBucketAccelerateConfiguration',
    asked: 'is transfer acceleration on, fast uploads over long distance, accelerate endpoint status',
    example: 'is transfer acceleration enabled on bucket global-uploads',
  },
  {
    op: 's3:GetBucketRequestPayment',
    asked: 'requester pays, who pays for downloads, is the requester billed, data transfer billing setting',
    example: 'does bucket public-genomes make the downloader pay for transfer?',
  },
  {
    op: 's3:GetObjectLockConfiguration',
    asked:
      'worm setting, is object lock enabled, default retention days, compliance or governance mode on a bucket',
    example: 'is WORM turned on for bucket audit-archive and what default retention does it use',
  },
  {
    op: 's3:GetObjectRetention',
    asked:
      'retain until date, how long is this file locked, when can it be deleted, governance or compliance on one file',
    example: 'until what date is s3://audit-archive/2024/ledger.csv locked against deletion?',
  },
  {
    op: 's3:GetObjectLegalHold',
    asked: 'is this file under legal hold, litigation hold status, can it be deleted, hold on or off',
    example: 'is there a litigation hold on s3://legal/case-42/emails.zip',
  },
  {
    op: 's3:ListParts',
    asked:
      'which chunks already uploaded, resume a large upload, parts already sent, upload id progress, etag of each part',
    example: 'which chunks of upload id 2~abcXYZ for backups/db.tar already made it?',
  },
  {
    op: 's3:UploadPartCopy',
    asked:
      'copy a file larger than 5 gb, server side copy in chunks, byte range copy into a multipart upload',
    example: 'copy a 40 GB video between buckets in pieces without downloading it',
  },
  {
    op: 's3:ListDirectoryBuckets',
    asked: 'express one zone buckets, which directory buckets exist, low latency single zone buckets',
    example: 'list our S3 Express One Zone buckets',
  },
  {
    op: 's3:CreateSession',
    asked: 'express one zone session token, fast auth for directory bucket, session credentials',
    example: 'get a session token to talk to an express one zone directory bucket',
  },
  {
    op: 's3:GetBucketInventoryConfiguration',
    asked: 'inventory report settings, daily csv listing of all files, destination of inventory reports',
    example: 'show the daily file-listing report settings with id weekly-full on bucket data-lake',
  },
  {
    op: 's3:ListBucketInventoryConfigurations',
    asked: 'which inventory reports are configured, scheduled file listing reports set up on a bucket',
    example: 'what file-listing reports are configured on bucket data-lake?',
  },
  {
    op: 's3:DeleteBucketInventoryConfiguration',
    asked: 'stop inventory report, remove daily csv listing, turn off inventory',
    example: 'stop the weekly inventory report on bucket data-lake',
  },
  {
    op: 's3:GetBucketIntelligentTieringConfiguration',
    asked:
      'archive access tier settings, deep archive tier days, auto tiering setup, days before objects move to the archive tier',
    example: 'after how many days does bucket cold-media move files to the archive tier?',
  },
  {
    op: 's3:GetBucketMetricsConfiguration',
    asked: 'request metrics filter, cloudwatch request metrics for a prefix, 4xx and latency metrics setup',
    example: 'show the request metrics filter called EntireBucket on bucket api-uploads',
  },
  {
    op: 's3:PutBucketMetricsConfiguration',
    asked:
      'turn on request metrics, per prefix 4xx 5xx counts in cloudwatch, first byte latency metrics, enable request metrics',
    example: 'enable cloudwatch request metrics for the uploads/ prefix of bucket api-uploads',
  },
  {
    op: 's3:PutBucketAnalyticsConfiguration',
    asked:
      'storage class analysis, analyse access patterns, find infrequently accessed data, what could move to infrequent access tier',
    example: 'analyse access patterns on bucket media-raw to see what could move to infrequent access',
  },
  {
    op: 's3:WriteGetObjectResponse',
    asked:
      'object lambda return transformed data, redact on the fly, send modified body back, transform downloads',
    example: 'from my object lambda function send the redacted file back to the caller',
  },
  {
    op: 's3:GetBucketMetadataTableConfiguration',
    asked: 'metadata table status, s3 tables catalog of object metadata, queryable object metadata',
    example: 'is the queryable metadata table for bucket photos-raw set up and healthy?',
  },
];
