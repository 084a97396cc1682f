// Data: how a query shows it only wants to look. A question ("who ...", "is ...", "has ...
// gone through?") or a request whose verb only reads never gets an operation that changes
// something ranked first, unless a vocabulary phrase names a change ("get a terminal" -> start
// session). Each entry says why and gives an example that the test suite checks.

import { R18_QUESTION_OPENERS } from './intent-r18-questions.js';
import { R20_QUESTION_OPENERS } from './intent-r20-persona.js';
import type { Reasoned } from './reasoned.js';

/**
 * First words (or word pairs) that make a query a question about the current state; each
 * example opens with the word and must rank its read operation first.
 */
export const QUESTION_OPENERS: Readonly<Record<string, Reasoned>> = {
  who: {
    why: 'asks about people or history, never for a change',
    example: ['who changed the bucket policy', 'cloudtrail:LookupEvents'],
  },
  what: {
    why: 'asks for a fact',
    example: ['what rules does my security group have', 'ec2:DescribeSecurityGroupRules'],
  },
  which: {
    why: 'asks to pick among existing things',
    example: ['which functions use python 3.12', 'lambda:ListFunctions'],
  },
  why: {
    why: 'asks for a cause: read state, events, history',
    example: ['why did my build fail', 'codebuild:BatchGetBuilds'],
  },
  when: {
    why: 'asks for a time: read state or history',
    example: ['when does my certificate expire', 'acm:DescribeCertificate'],
  },
  where: {
    why: 'asks for a location or setting',
    example: ['where does my cloudtrail trail deliver to', 'cloudtrail:DescribeTrails'],
  },
  is: {
    why: 'a yes/no question about current state',
    example: ['is my ecs cluster running', 'ecs:DescribeClusters'],
  },
  are: {
    why: 'a yes/no question about current state',
    example: ['are my alarms in alarm state', 'cloudwatch:DescribeAlarms'],
  },
  has: {
    why: 'asks whether something already happened',
    example: ['has the stack finished updating', 'cloudformation:DescribeStacks'],
  },
  have: {
    why: 'asks whether something already happened',
    example: ['have all targets registered', 'elbv2:DescribeTargetHealth'],
  },
  did: {
    why: 'asks whether something happened',
    example: ['did the step function execution fail', 'stepfunctions:DescribeExecution'],
  },
  does: {
    why: 'asks about a property',
    example: ['does my table have streams enabled', 'dynamodb:DescribeTable'],
  },
  was: { why: 'asks about the past', example: ['was the ec2 instance stopped', 'ec2:DescribeInstances'] },
  'how many': { why: 'asks for a count', example: ['how many instances do I run', 'ec2:DescribeInstances'] },
  'how much': {
    why: 'asks for an amount',
    example: ['how much did lambda cost last month', 'ce:GetCostAndUsage'],
  },
  'how long': { why: 'asks for a duration', example: ['how long do my logs stay', 'logs:DescribeLogGroups'] },
  'how far': {
    why: 'asks for a distance or lag',
    example: ['how far behind is my rds read replica', 'rds:DescribeDBInstances'],
  },
  'how old': {
    why: 'asks for an age: when something was made or last happened, read from its state',
    example: ['how old is our oldest access key', 'iam:ListAccessKeys'],
  },
  'how accurate': {
    why: 'asks for a measure of quality: the metrics of a model or a predictor',
    example: ['how accurate is the demand predictor we trained last week', 'forecast:GetAccuracyMetrics'],
  },
  'how good': {
    why: 'asks for a measure of quality, never for a change',
    example: ['how good are the recommendations of solution version sv-12', 'personalize:GetSolutionMetrics'],
  },
  'how well': {
    why: 'asks for a measure',
    example: ['how well are my reservations used according to cost explorer', 'ce:GetReservationUtilization'],
  },
  'can user': {
    why: 'asks whether a named identity is allowed to do something: a permission check, not the action',
    example: ['can user alice delete objects in the finance bucket', 'iam:SimulatePrincipalPolicy'],
  },
  'can role': {
    why: 'asks whether a role is allowed to do something: a permission check, not the action',
    example: ['can role deploy-bot terminate ec2 instances', 'iam:SimulatePrincipalPolicy'],
  },
  'can i': {
    why: 'asks whether the speaker is able to do something ("can i restore the table to a point in time"): the answer is in the thing\'s state or limits, read first; a change comes first only when asked for ("restore ...")',
    example: [
      'can i restore the orders dynamodb table to a point in time',
      'dynamodb:DescribeContinuousBackups',
    ],
  },
  'can anyone': {
    why: 'asks who is able to reach or change something: a look at policies or access',
    example: ['can anyone outside the account read this bucket', 's3:GetBucketPolicyStatus'],
  },
  'can this': {
    why: 'asks whether a thing may be acted on (by whom): a look at its policy or settings, not the action',
    example: ['can this bucket be read by anyone outside the account', 's3:GetBucketPolicyStatus'],
  },
  'may this': {
    why: 'asks whether a thing or identity is allowed to do something ("may this user edit..."): a permission check, not the action ("may I" is a polite request)',
    example: ['may this role terminate ec2 instances in prod', 'iam:SimulatePrincipalPolicy'],
  },
  'do we': {
    why: 'asks whether the account has or uses something ("do we have X enabled"), never for a change',
    example: ['do we have macie turned on in this region', 'macie2:GetMacieSession'],
  },
  'do i': {
    why: 'asks about what the caller has or may do',
    example: ['do i have any reserved instances expiring this month', 'ec2:DescribeReservedInstances'],
  },
  'do our': {
    why: 'asks about a property of our things',
    example: ['do our sqs queues have a dead letter queue', 'sqs:GetQueueAttributes'],
  },
  will: {
    why: 'asks what something will do under its current settings ("will lambda retry"): a look at them',
    example: [
      'will lambda retry failed async invocations of my function',
      'lambda:GetFunctionEventInvokeConfig',
    ],
  },
  would: {
    why: 'asks what would happen under the current settings or policies: a look or a simulation, not the act',
    example: [
      'would role app-role be allowed to delete objects in bucket logs',
      'iam:SimulatePrincipalPolicy',
    ],
  },
  were: {
    why: 'asks about the past state of things',
    example: ['were any ec2 instances terminated yesterday', 'ec2:DescribeInstances'],
  },
  'am i': {
    why: 'asks about the caller',
    example: ['am i logged in as the right account', 'sts:GetCallerIdentity'],
  },
  ...R18_QUESTION_OPENERS,
  ...R20_QUESTION_OPENERS,
};

/**
 * Words after a modal opener ("will YOU delete the bucket", "would you create ...") that make it
 * a polite request, not a question about what will happen.
 */
/**
 * "have" opens a question only before who or which things ("have ALL targets registered", "have
 * WE ..."); before a bare noun it asks for a thing done ("have alerts emailed to on-call", "have
 * old rows disappear on their own").
 */
export const HAVE_QUESTION_NEXT: ReadonlySet<string> = new Set([
  ...['we', 'you', 'i', 'they', 'he', 'she', 'it'],
  ...['the', 'my', 'our', 'your', 'their', 'its', 'this', 'that', 'these', 'those', 'all', 'any', 'there'],
]);

export const POLITE_REQUESTS = {
  modals: new Set(['will', 'would']),
  addressees: new Set(['you', 'u', 'ya', 'someone', 'somebody']),
} as const;

/** Operation verbs that only read: a request whose verb maps only to these wants to look. */
export const READ_OPERATION_VERBS: ReadonlySet<string> = new Set([
  'list',
  'describe',
  'get',
  'search',
  'lookup',
  'retrieve',
  'read',
  'view',
  'query',
  'filter',
  'check',
  'verify',
  'validate',
  'test',
  'simulate',
  'evaluate',
  'batch',
  'count',
  'receive',
  'download',
  'export',
  'compare',
  'estimate',
  'forecast',
  'monitor',
  'head',
  'poll',
  'scan',
  // operations that compute an answer without changing anything
  'detect',
  'analyze',
  'recognize',
  'translate',
  'synthesize',
  'converse',
  'calculate',
  'geocode',
  'retrieve',
  'predict',
  'classify',
]);

/**
 * A query without a verb that names the thing by a state it is in ("stopped instances", "saved
 * queries in this workgroup") only wants to look: the state is not a task, so the operation that
 * makes the state never comes first (src/search/intent.ts). A past participle (-ed) right before
 * a noun is such a state: nobody commands in the past tense.
 */
export const PARTICIPLE_BEFORE_NOUN: Reasoned = {
  why: 'a past participle before a noun says which things (stopped instances), it is not a task',
  example: ['stopped ec2 instances', 'ec2:DescribeInstances'],
};

/** Words ending in -ed that are a verb's base form: "embed dashboard sales" commands. */
export const BASE_FORMS_IN_ED: ReadonlySet<string> = new Set(['embed', 'shed', 'shred']);

/**
 * A word ending in -tion, -sion or -ment is a noun made from a verb ("connection string",
 * "deployment state"): it shares the verb's stem, not its task. These few are verbs themselves.
 */
export const VERBS_ENDING_AS_NOUNS: ReadonlySet<string> = new Set([
  'provision',
  'deprovision',
  'commission',
  'decommission',
  'partition',
  'repartition',
  'position',
  'reposition',
  'mention',
  'question',
  'function',
  'version',
  'comment',
  'document',
  'implement',
  'increment',
  'decrement',
  'segment',
  'augment',
  'supplement',
  'transition',
  'audition',
  'caption',
  'section',
]);

/** Nouns that, in a query with no verb, ask for the state of the thing named with them. */
export const STATE_ASKING_NOUNS: Readonly<Record<string, Reasoned>> = {
  status: {
    why: 'a thing and "status" with no verb asks for the state of the thing: its read',
    example: ['kinesis firehose delivery stream status', 'firehose:DescribeDeliveryStream'],
  },
  state: {
    why: 'the state of a thing, asked with no verb, is read from it',
    example: ['glue crawler raw-events state', 'glue:GetCrawler'],
  },
};

/**
 * Nouns a request opens with when it asks to see one thing and types no verb ("details of
 * contact c-1 in connect", "info on function order-handler"): it only reads (issue 16, round 13).
 */
export const READING_NOUNS: ReadonlySet<string> = new Set([
  'details',
  'detail',
  'info',
  'information',
  'settings',
  'properties',
  'metadata',
]);

export const READING_NOUN_REQUEST: Reasoned = {
  why: 'a request that names what it wants to see and no verb asks for a read, never a change',
  example: [
    'details of contact 1a2b3c4d-aaaa-bbbb-cccc-111122223333 in amazon connect',
    'connect:DescribeContact',
  ],
};
