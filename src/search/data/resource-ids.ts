// Data: what a pasted identifier says. An EC2 id prefix, an ARN's service namespace and
// resource type, or a URI scheme names the service and the kind of resource the task is about;
// the query planner turns that into a service boost and resource words. Each entry says why
// and gives an example query that must find the operation in its top five (tested).

import { ARN_TYPES_R13 } from './arn-types-r13.js';
import { CLASS_PATTERNS } from './class-ids.js';
import { EC2_ID_PREFIXES } from './ids-ec2.js';
import { SERVICE_ID_PATTERNS, SERVICE_ID_PREFIXES } from './ids-r12-services.js';
import { EDGE_ID_PATTERNS } from './edge-ids.js';
import { NAME_PATTERNS, type WordSense } from './name-ids.js';
import { MANAGED_POLICY_PATTERNS } from './ids-r20-paratop.js';

export interface ResourceHint {
  /** The service the identifier belongs to; none when the kind of thing says enough. */
  readonly service?: string;
  /** Resource words added to the query (like typed words, at vocabulary weight). */
  readonly terms: string;
  /**
   * What the id is about when a word of the query near it (ID_WORD_WINDOW tokens) says so:
   * a domain with `register` is a registration, with `record` a DNS record. The first group
   * with a word replaces `service` and `terms`.
   */
  readonly byWord?: readonly WordSense[];
  /** The token's own words stay in the query, less these (`token.actions.githubusercontent.com`). */
  readonly keepsWords?: { readonly except: RegExp };
  /**
   * AWS assigns these ids when it makes the resource (EC2-style prefixed ids always are): the
   * resource exists, so making one of its kind is another task (src/search/existing.ts).
   */
  readonly assigned?: boolean;
  readonly why: string;
  readonly example: readonly [query: string, expected: string];
}

/** EC2-style ids: `<prefix><id suffix>` (id-context.ts ID_SUFFIX). Longest prefix wins (`tgw-attach-` before `tgw-`). */
export const ID_PREFIXES: Readonly<Record<string, ResourceHint>> = {
  ...EC2_ID_PREFIXES,
  ...SERVICE_ID_PREFIXES,
};

export type IdPattern = ResourceHint & { readonly pattern: RegExp };

/** Whole-token patterns (case-sensitive) for ids without a dash prefix, and for URIs. */
export const ID_PATTERNS: ReadonlyArray<IdPattern> = [
  {
    pattern: /^s3:\/\/[^/]+\/?$/,
    service: 's3',
    terms: 'bucket objects',
    why: 'an s3:// URI without a key names a bucket',
    example: ['what is in s3://my-bucket', 's3:ListObjectsV2'],
  },
  {
    pattern: /^s3:\/\/[^/]+\/.*\/$/,
    service: 's3',
    terms: 'objects prefix',
    why: 'an s3:// URI ending in / names a prefix (a folder)',
    example: ['show s3://my-bucket/logs/2024/', 's3:ListObjectsV2'],
  },
  {
    pattern: /^s3:\/\/[^/]+\/.*[^/]$/,
    service: 's3',
    terms: 'object',
    why: 'an s3:// URI with a key names an object',
    example: ['fetch s3://my-bucket/a/b.json', 's3:GetObject'],
  },
  {
    pattern: /^https:\/\/sqs\.[a-z0-9-]+\.amazonaws\.com\//,
    service: 'sqs',
    terms: 'queue message',
    why: 'an sqs.<region>.amazonaws.com URL is a queue URL',
    example: ['read from https://sqs.us-east-1.amazonaws.com/123456789012/jobs', 'sqs:ReceiveMessage'],
  },
  {
    pattern: /\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com/,
    service: 'ecr',
    terms: 'repository image authorization token',
    why: '<account>.dkr.ecr.<region>.amazonaws.com is an ECR registry',
    example: ['docker login to 123456789012.dkr.ecr.us-east-1.amazonaws.com', 'ecr:GetAuthorizationToken'],
  },
  {
    pattern: /^(AKIA|ASIA)[A-Z0-9]{16}$/,
    service: 'iam',
    terms: 'access key',
    assigned: true,
    // whose key is it: STS answers for any key id, IAM only for the caller's own account
    byWord: [
      { service: 'sts', terms: 'access key info', words: ['account', 'whose', 'owner', 'owns'], window: 8 },
    ],
    why: 'AKIA/ASIA ids are IAM access key ids; asked which account one belongs to, sts:GetAccessKeyInfo',
    example: ['deactivate AKIAIOSFODNN7EXAMPLE', 'iam:UpdateAccessKey'],
  },
  {
    pattern: /^[a-z]{2}-[a-z]+-\d_[A-Za-z0-9]+$/,
    service: 'cognito-idp',
    terms: 'user pool',
    assigned: true,
    why: '<region>_<id> is a Cognito user pool id',
    example: ['users in us-east-1_AbCdEfGhI', 'cognito-idp:ListUsers'],
  },
  {
    pattern: /^C[A-Z0-9]{9,31}$/,
    service: 'route53',
    terms: 'change',
    why: 'Route 53 change ids are C followed by capitals and digits',
    example: ['status of C2682N5HXP0BZ4', 'route53:GetChange'],
  },
  {
    pattern: /^Z[A-Z0-9]{9,31}$/,
    service: 'route53',
    terms: 'hosted zone',
    assigned: true,
    why: 'Route 53 hosted zone ids are Z followed by capitals and digits',
    example: ['records of Z1D633PJN98FT9', 'route53:ListResourceRecordSets'],
  },
  {
    pattern: /^d-[A-Z0-9]{9}$/,
    service: 'codedeploy',
    terms: 'deployment',
    why: 'CodeDeploy deployment ids are d- and 9 capitals and digits (Directory Service ids are lower-case hex)',
    example: ['did rollout d-ABC123XYZ succeed', 'codedeploy:GetDeployment'],
  },
  {
    pattern: /^E[A-Z0-9]{12,13}$/,
    service: 'cloudfront',
    terms: 'distribution',
    assigned: true,
    why: 'CloudFront distribution ids are E followed by 12-13 capitals and digits',
    example: ['show E2QWRUHAPOMQZL', 'cloudfront:GetDistribution'],
  },
  {
    pattern: /^I[A-Z0-9]{12,13}$/,
    service: 'cloudfront',
    terms: 'invalidation',
    assigned: true,
    why: 'CloudFront invalidation ids are I followed by capitals and digits',
    example: ['is I2J0I21PCUYOIK done', 'cloudfront:GetInvalidation'],
  },
  {
    pattern:
      /^[\w./-]*[\w-]\.(json|csv|tsv|txt|pdf|zip|gz|tar|parquet|png|jpe?g|gif|mp4|mov|mp3|wav|log|ya?ml|xml|html)$/i,
    terms: 'object',
    why: 'a file name with an extension (report.pdf, config/app.json) is stored as an object',
    example: ['upload report.pdf to my bucket', 's3:PutObject'],
  },
  {
    pattern: /^[A-Za-z_]+#[\w-]+$/,
    service: 'dynamodb',
    terms: 'item',
    why: 'a `type#id` key (user#42) is a single-table DynamoDB partition or sort key: an item',
    example: ['remove user#17 from my table', 'dynamodb:DeleteItem'],
  },
  {
    pattern: /^[\w-]+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    service: 'codebuild',
    terms: 'builds',
    assigned: true,
    why: 'a CodeBuild build id is <project>:<uuid>',
    example: ['status of myapp:0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e', 'codebuild:BatchGetBuilds'],
  },
  {
    pattern: /^[a-z]+\d+[a-z]*\.(nano|micro|small|medium|large|\d*xlarge|metal)$/,
    terms: 'instance',
    why: 'an instance type (t3.micro, m5.2xlarge) says the task is about instances; it names no service (pricing, quotas and EC2 all use it)',
    example: ['launch a t3.micro for testing', 'ec2:RunInstances'],
  },
  ...SERVICE_ID_PATTERNS,
  ...CLASS_PATTERNS,
  ...EDGE_ID_PATTERNS,
  ...NAME_PATTERNS,
  ...MANAGED_POLICY_PATTERNS,
];

/**
 * A record literal in the query (`{pk: 'user#42', name: 'Ada'}`): its keys and values are the
 * user's data, not words of the task; what it says is that the task stores or reads one item.
 */
export const RECORD_LITERAL: Pick<ResourceHint, 'terms' | 'why' | 'example'> = {
  terms: 'item',
  why: 'a {key: value} literal is one record, which AWS data stores call an item',
  example: ['put {"pk": "user#1", "name": "Ada"} in my table', 'dynamodb:PutItem'],
};

/** ARN resource types whose words differ from the operation names' (`rds:db` -> DBInstance). */
export const ARN_RESOURCE_TERMS: Readonly<Record<string, string>> = {
  'rds:db': 'db instance',
  'rds:cluster': 'db cluster',
  'rds:snapshot': 'db snapshot',
  'elasticloadbalancing:targetgroup': 'target group',
  'elasticloadbalancing:loadbalancer': 'load balancer',
  's3:': 'bucket',
  'sns:': 'topic',
  'sqs:': 'queue',
  'secretsmanager:secret': 'secret value',
  'states:stateMachine': 'state machine',
  'states:execution': 'execution',
  'lambda:function': 'function',
  'cloudformation:stack': 'stack',
  ...Object.fromEntries(Object.entries(ARN_TYPES_R13).map(([k, v]) => [k, v.terms])),
};
