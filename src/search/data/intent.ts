// Data: how a query shows it only wants to look. A question ("who ...", "is ...", "has ...
// gone through?") or a request whose verb only reads never gets an operation that changes
// something ranked first, unless a vocabulary phrase names a change ("get a terminal" -> start
// session). Each entry says why and gives an example that the test suite checks.

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
  'can anyone': {
    why: 'asks who is able to reach or change something: a look at policies or access',
    example: ['can anyone outside the account read this bucket', 's3:GetBucketPolicyStatus'],
  },
  'can this': {
    why: 'asks whether a thing may be acted on (by whom): a look at its policy or settings, not the action',
    example: ['can this bucket be read by anyone outside the account', 's3:GetBucketPolicyStatus'],
  },
  'am i': {
    why: 'asks about the caller',
    example: ['am i logged in as the right account', 'sts:GetCallerIdentity'],
  },
};

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
