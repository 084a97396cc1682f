// Data: concepts (see concepts.ts) for the ops group, issue 16 round 11: logs copied into a
// bucket are an export of the logs (the bucket is only the destination), stacks that use what
// another stack exports are its imports, access for "another AWS account" is a grant or a share.

import type { Concept } from './concepts.js';

export const R11_OPS_CONCEPTS: readonly Concept[] = [
  {
    // "logs into a bucket" (concepts-docs-apps.ts) misses the "s3" people put before bucket
    phrases: [
      'logs into an s3 bucket',
      'logs into s3',
      'logs to an s3 bucket',
      'logs to a bucket',
      'logs over to s3',
      'log group to s3',
      'log groups to s3',
      'log data to s3',
    ],
    terms: 'create export task',
    services: ['logs'],
    why: 'copying CloudWatch Logs data into an S3 bucket is a logs export task; the bucket is only where it lands, not the thing being changed',
    example: ['copy the api log group to s3 so we keep it a year', 'logs:CreateExportTask'],
  },
  {
    phrases: [
      'stacks are still using',
      'stacks still using',
      'stacks still use',
      'stacks are using',
      'stacks depend on',
      'stacks rely on',
      'stack is still using',
      'stack still uses',
    ],
    terms: 'imports export',
    services: ['cloudformation'],
    why: 'which stacks still use, depend on or rely on a value another stack exports is a question about the imports of that export (Fn::ImportValue), not the stack list',
    example: ['what stacks rely on the values the base stack exports', 'cloudformation:ListImports'],
  },
  {
    // "another account" (concepts-applications.ts) misses the "aws" people put in between
    phrases: [
      'another aws account',
      'other aws account',
      'other aws accounts',
      'a different aws account',
      'different aws accounts',
    ],
    terms: 'permission grant share',
    why: 'access for another AWS account is a grant, a permission on the resource or a share, not a new account',
    example: ['let another aws account run our ssm command document', 'ssm:ModifyDocumentPermission'],
  },
  {
    // "alert me when", "goes above" (concepts-infrastructure.ts) miss the email and plural forms
    phrases: ['text me when', 'ping me when', 'go above', 'goes below', 'go below', 'drops below'],
    terms: 'put metric alarm',
    services: ['cloudwatch'],
    why: 'being emailed or paged when a number goes above or below a line is a CloudWatch metric alarm',
    example: ['send me an email when free disk space drops below 10 percent', 'cloudwatch:PutMetricAlarm'],
  },
  {
    // the EC2 quotas are named "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances"
    phrases: ['running on-demand', 'running on demand', 'on-demand vcpus', 'on demand vcpus'],
    terms: 'service quota',
    services: ['service-quotas'],
    why: 'how many On-Demand vCPUs an account may run is the EC2 quota named "Running On-Demand ... instances", read from Service Quotas, not instance type details',
    example: ['are we close to the running on-demand g instances limit', 'service-quotas:GetServiceQuota'],
  },
  {
    // "managed instances" and "ssm agent" are in concepts-operations.ts
    phrases: [
      'managed node',
      'managed nodes',
      'managed instance',
      'in fleet manager',
      'show up in fleet manager',
    ],
    terms: 'instance information ping',
    services: ['ssm'],
    why: 'a managed node is a machine registered with Systems Manager; whether one is registered and online (its agent ping status) is its instance information',
    example: ['why is the new web server missing from my managed nodes', 'ssm:DescribeInstanceInformation'],
  },
];
