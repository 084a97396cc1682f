// Data: what may follow an id prefix, and what the words around pasted identifiers, and several
// of them together, say about the service. Ids of two services in one task point at an API that
// acts across services; an S3 URI after `to`/`into` is where another service writes its
// output, not what the task is about.
// Each entry says why and gives an example query that must find its operation in the top five.

import type { Reasoned } from './reasoned.js';

/** Services whose operations act on resources of any service, named when ids of two do. */
export const CROSS_SERVICE_APIS: Reasoned & {
  readonly services: readonly string[];
  /** How much each id's own service counts then: the cross-service API counts fully. */
  readonly ownWeight: number;
} = {
  services: ['resourcegroupstaggingapi'],
  ownWeight: 0.7,
  why: 'ARNs of two services in one task are handled in one call only by the cross-service APIs (tagging, resource search)',
  example: [
    'tag arn:aws:sqs:us-east-1:123456789012:jobs and arn:aws:sns:us-east-1:123456789012:alerts with team=data',
    'resourcegroupstaggingapi:TagResources',
  ],
};

/**
 * An identifier right after one of these words is where the result goes. When the id's
 * service is one that others deliver to (S3 buckets receive exports, reports and logs), it
 * counts for `weight` of a named service, so the service that does the work outranks it.
 */
export const DESTINATION: Reasoned & {
  readonly words: ReadonlySet<string>;
  readonly services: ReadonlySet<string>;
  readonly weight: number;
} = {
  words: new Set(['to', 'into', 'under', 'onto']),
  services: new Set(['s3']),
  weight: 0.3,
  why: 'exports, reports and logs of many services are written to an S3 location named after to/into',
  example: ['export an sbom of my ecr images to s3://sec-artifacts/sbom/', 'inspector2:CreateSbomExport'],
};

/**
 * What may follow an id prefix. AWS ids are 8 or 17 hex digits, but people paste cut or
 * hand-written ones (`igw-0a1b2c3d4e5f`, `subnet-0fw11aa`): any 8-17 hex digits, or, after a
 * prefix of three or more letters (`subnet-`, `igw-`; not `i-`, `sg-`), 4-17 letters and digits
 * with a digit in them. Words after a prefix (`nat-gateway`, `vpc-peering`) have no digit.
 */
export const ID_SUFFIX = {
  hex: /^[0-9a-f]{8,17}$/,
  handWritten: /^(?=[a-z]*\d)[0-9a-z]{4,17}$/,
  handWrittenMinPrefix: 3,
  why: 'people paste ids cut to 12 hex digits or type short ones in examples',
  example: ['detach igw-0a1b2c3d4e5f from its vpc', 'ec2:DetachInternetGateway'],
} as const;

/** An id's service beside a product the words name outright counts for `weight` of it. */
export const ID_BESIDE_NAMED: Reasoned & { readonly weight: number } = {
  weight: 0.7,
  why: 'an id beside a named product is what that product acts on: AWS Backup backs up the DynamoDB table',
  example: [
    'back up arn:aws:dynamodb:us-east-1:123456789012:table/Payments with AWS Backup',
    'backup:StartBackupJob',
  ],
};

/**
 * A hyphenated word whose first part is one of these is an ordinary English compound
 * ("over-provisioned", "real-time", "follow-up"), not a name the user gave a resource: its
 * words stay in the query as typed. Names are built from nouns ("db-writer", "nightly-etl").
 */
export const COMPOUND_FIRST_WORDS: Reasoned & { readonly words: ReadonlySet<string> } = {
  words: new Set([
    'over',
    'under',
    'real',
    'near',
    'follow',
    'cross',
    'multi',
    'non',
    'self',
    'pre',
    'well',
    'long',
    'short',
    'high',
    'low',
    'least',
    'most',
    'fine',
    'full',
    'half',
  ]),
  why: 'over-, under-, real-, cross-, self-... make English adjectives, which say what the task is about',
  example: [
    'are any of our ec2 instances over-provisioned',
    'compute-optimizer:GetEC2InstanceRecommendations',
  ],
};

/**
 * A name of one word and a number ("van-12", "truck-7") is one thing of the kind the word
 * says: the word stays in the query when the index knows it (an AWS term), the number does not.
 */
export const NUMBERED_THING: Reasoned & { readonly pattern: RegExp; readonly notKind: RegExp } = {
  pattern: /^([a-z]{3,})-\d{1,4}$/i,
  // -ly words say how often or how, not what (daily-35 is a backup plan, not a day)
  notKind: /ly$/,
  why: 'people number the things they track or run (van-12, truck-7): the word is the kind of thing',
  example: ['where is van-12 right now', 'location:GetDevicePosition'],
};
