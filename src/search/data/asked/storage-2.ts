// Data: how people ask for operations (see ../asked.ts), storage services: S3 buckets.

import type { AskedEntry } from './types.js';

export const ASKED_STORAGE_2: readonly AskedEntry[] = [
  {
    op: 's3:CreateBucket',
    asked:
      'make a new storage container, set up storage, provision, spin up, new place to keep files or uploads, name it, called, in a region, location constraint, mb',
    example: 'make a new place in eu-west-1 to keep our uploads, called acme-uploads',
  },
  {
    op: 's3:DeleteBucket',
    asked: 'remove an empty storage container, tear down, get rid of, rb, bucketnotempty error, drop',
    example: 'tear down the old-staging-assets bucket now that it is empty',
  },
  {
    op: 's3:ListBuckets',
    asked:
      'what buckets do I have, show all buckets, every storage container in the account, ls, names of all, how many buckets',
    example: 'which buckets exist in this account?',
  },
  {
    op: 's3:HeadBucket',
    asked:
      'does the bucket exist, is it there, am i allowed in, can I reach it, check permission, 403 or 404, is the name taken, accessible, verify access',
    example: 'check that bucket acme-prod-data is there and I am allowed into it',
  },
  {
    op: 's3:GetBucketLocation',
    asked:
      'which region is it in or located in, region lookup, permanentredirect error, wrong endpoint, home region',
    example: 'what region is bucket acme-legacy in?',
  },
  {
    op: 's3:PutBucketPolicy',
    asked:
      'grant access, allow another account, resource policy json, share with an account, permissions, deny unencrypted uploads, require https, allow cloudfront, cross account access, statement',
    example: 'let account 222233334444 read everything in bucket shared-exports',
  },
  {
    op: 's3:GetBucketPolicy',
    asked:
      'show permissions, who can access, read the policy document, view statements, json, who is allowed to read, which principals can reach objects, who has access to this bucket',
    example: 'who is allowed to read from bucket shared-exports according to its policy?',
  },
  {
    op: 's3:DeleteBucketPolicy',
    asked: 'remove permissions, drop all statements, locked out, reset access, strip the policy',
    example: 'I locked myself out of bucket data-lake, remove its policy',
  },
  {
    op: 's3:GetBucketPolicyStatus',
    asked:
      'is it public, exposed to the internet, publicly accessible check, anyone can read, open to the world',
    example: 'is bucket marketing-site open to the whole internet?',
  },
  {
    op: 's3:PutPublicAccessBlock',
    asked:
      'nobody on the internet can see it, make private, prevent public exposure, turn off public, lock down, block public acls and policies, no anonymous access, keep the internet out, private by default',
    example: 'make sure nothing in bucket hr-documents can ever be made public',
  },
  {
    op: 's3:GetPublicAccessBlock',
    asked: 'is block public on, which public blocks are enabled, check public settings, private guard status',
    example: 'are the public blocking settings switched on for bucket hr-documents?',
  },
  {
    op: 's3:PutBucketAcl',
    asked:
      'canned acl, grant read to a group, public-read bucket, log delivery group, legacy permissions, grantee, authenticated users',
    example: 'give the log delivery group write permission via an acl on bucket access-logs',
  },
  {
    op: 's3:PutBucketOwnershipControls',
    asked:
      'disable acls, bucket owner enforced, object ownership, files uploaded by other accounts owned by me, accesscontrollistnotsupported, object writer',
    example: 'turn off acls so we own every file other accounts write into bucket partner-drop',
  },
  {
    op: 's3:PutBucketVersioning',
    asked:
      'keep older copies, keep every old version, survive an overwrite, protect against accidental deletes, turn on, enable, suspend, switch off, mfa delete, undo mistakes, saved over, previous contents of a file',
    example: "don't lose the previous contents when a teammate saves over a document in bucket team-docs",
  },
  {
    op: 's3:GetBucketVersioning',
    asked:
      'is it on, enabled or suspended, check status, mfa delete status, what state, is versioning on or off for a bucket',
    example: 'is versioning enabled on bucket team-docs or was it suspended?',
  },
  {
    op: 's3:PutBucketLifecycleConfiguration',
    asked:
      'delete after 30 days, automatically remove files once older than a week, expire old files, auto cleanup by age, move to glacier after, transition to a cheaper storage class, abort incomplete uploads after',
    example: 'automatically remove anything under tmp/ once it is a week old',
  },
  {
    op: 's3:GetBucketLifecycleConfiguration',
    asked:
      'what expiry rules are set, when do files get deleted or archived, show transition rules, does the bucket delete old files on its own, are there lifecycle rules',
    example: 'when do files in bucket app-logs get deleted or moved to glacier?',
  },
  {
    op: 's3:DeleteBucketLifecycle',
    asked:
      'stop auto deleting files, remove expiry rules, turn off archiving, keep everything forever, stop files from expiring, stop the bucket from deleting old files, turn off the lifecycle rules, no more automatic expiry',
    example: 'stop bucket app-logs from expiring old files automatically',
  },
  {
    op: 's3:PutBucketCors',
    asked:
      'allow browser requests from my site, cross origin, access-control-allow-origin error, fetch from javascript, allowed origins, preflight, blocked by policy',
    example: 'my react app on app.example.com gets blocked fetching images from bucket assets-prod',
  },
  {
    op: 's3:GetBucketCors',
    asked:
      'which origins are allowed, show cross-origin rules, browser access rules, allowed methods and headers for web pages',
    example: 'which websites are allowed to call bucket assets-prod from the browser?',
  },
  {
    op: 's3:PutBucketWebsite',
    asked:
      'host a static site, static website hosting, index.html, error page, serve html, redirect all requests, single page app hosting, host a static website from a bucket, serve html pages straight from a bucket, index.html and error page, turn a bucket into a website',
    example: 'serve my html and js from bucket www-example-com as a static site',
  },
  {
    op: 's3:PutBucketEncryption',
    asked:
      'encrypt by default, at rest, kms key, sse-s3, sse-kms, bucket key, default server side encryption, compliance, turn on',
    example: 'make every new file in bucket patient-data encrypted with our kms key',
  },
  {
    op: 's3:GetBucketEncryption',
    asked:
      'is it encrypted, which kms key, check default encryption, what sse setting, what key protects files at rest in a bucket, which kms key encrypts the bucket, default encryption of a bucket, sse-s3 or sse-kms',
    example: 'which kms key protects files in bucket patient-data by default?',
  },
  {
    op: 's3:PutBucketReplication',
    asked:
      'copy every new file to another region, disaster recovery, cross region, crr, srr, mirror to a second bucket, sync to a backup account, automatic copies, mirror new uploads to a bucket in another account',
    example: 'automatically mirror new uploads from us-east-1 to a bucket in eu-west-1',
  },
  {
    op: 's3:PutBucketNotificationConfiguration',
    asked:
      'trigger lambda on upload, run code every time a file lands or arrives, event notification, send to sqs, sns on new object, eventbridge events, react to uploads, webhook, fire or invoke a function whenever a file is dropped, uploaded or added, call lambda for each new object, notify a queue when someone puts a file',
    example: 'run my lambda every time a file lands in bucket incoming-invoices',
  },
  {
    op: 's3:GetBucketNotificationConfiguration',
    asked: 'what fires on upload, which triggers are set, which lambda or queue is called',
    example: 'what gets triggered when files are uploaded to bucket incoming-invoices?',
  },
  {
    op: 's3:PutBucketLogging',
    asked:
      'server access logs, record who accessed, audit requests, log every request to another bucket, access logging, turn on',
    example: 'record every request made against bucket customer-files into bucket audit-logs',
  },
  {
    op: 's3:PutBucketInventoryConfiguration',
    asked:
      'daily report of every file, csv list of all objects, parquet manifest, scheduled listing, audit encryption status of all files, weekly',
    example: 'get a daily csv of all files and their storage class in bucket data-lake',
  },
  {
    op: 's3:PutBucketIntelligentTieringConfiguration',
    asked:
      'files nobody touched for 90 or 180 days, archive access tier, deep archive access tier, automatic cost savings, rarely used files tier down on their own, unknown access pattern, opt in',
    example: 'have files nobody touched for 180 days drop into the archive tier on their own',
  },
  {
    op: 's3:PutBucketAccelerateConfiguration',
    asked:
      'faster uploads from far away, transfer acceleration, edge locations, speed up long distance uploads, turn on',
    example: 'uploads from our sydney office to a us bucket are slow, speed them up',
  },
  {
    op: 's3:PutBucketRequestPayment',
    asked: 'requester pays, downloader pays, make readers pay transfer costs, charge the people downloading',
    example: 'make whoever downloads our public dataset pay for the data transfer',
  },
  {
    op: 's3:PutBucketTagging',
    asked: 'label a bucket, cost allocation, cost center, team owner label, billing labels',
    example: 'mark bucket ml-datasets with cost-center=research for billing',
  },
];
