// Data: concepts (see concepts.ts) for the s3edge group, issue 16 round 11: versioning as an
// on/off switch, "S3 batch" jobs that are not AWS Batch, WAF on a CloudFront distribution.

import type { Concept } from './concepts.js';

export const R11_S3EDGE_CONCEPTS: readonly Concept[] = [
  {
    // not 'versioning' alone (a version number would match); the switch words make it S3's
    phrases: [
      'versioning on',
      'versioning off',
      'versioning enabled',
      'versioning suspended',
      'versioning status',
      'versioning turned on',
      'versioning switched on',
    ],
    terms: 'bucket versioning',
    services: ['s3'],
    why: 'versioning that is on, off or suspended is the S3 bucket versioning switch; other services publish versions, they do not switch versioning on',
    example: ['is versioning enabled on the media-uploads bucket', 's3:GetBucketVersioning'],
  },
  {
    phrases: ['s3 batch job', 's3 batch jobs', 'batch operations job', 'batch operations jobs'],
    terms: 'job status batch operations',
    services: ['s3control'],
    why: 'an "S3 batch job" is an S3 Batch Operations job (s3control), not an AWS Batch compute job',
    example: ['what is the status of my s3 batch job', 's3control:DescribeJob'],
  },
  {
    phrases: [
      'waf to cloudfront',
      'waf on cloudfront',
      'waf to the distribution',
      'waf to distribution',
      'web acl to cloudfront',
      'web acl to the distribution',
      'web acl to distribution',
      'web acl on the distribution',
    ],
    terms: 'update distribution web acl',
    services: ['cloudfront'],
    why: 'a WAF web ACL is put on a CloudFront distribution through its config (WebACLId); wafv2 AssociateWebACL does not take CloudFront',
    example: ['attach our waf web acl to the distribution for the shop', 'cloudfront:UpdateDistribution'],
  },
  {
    phrases: ['stop copying', 'stop replicating', 'no longer copy', 'no longer replicate', 'stop mirroring'],
    terms: 'delete replication',
    services: ['s3'],
    why: 'copying new objects to another bucket as they land is replication: stopping it for good removes the bucket replication configuration, it copies nothing',
    example: ['stop replicating the logs bucket into the backup account', 's3:DeleteBucketReplication'],
  },
];
