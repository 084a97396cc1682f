// Data: the wants of round 19 (how an agent asks mid-task). "need the X", "want its X": a want
// followed by a definite thing is a request to see that thing, as "get the X" is; the same want
// with "a" makes or obtains one ("I need a new cert", data/noun-verbs.ts). Without these entries
// the want is a stop word and the first verb-like word after it is read as the task: "need the
// error TEXT" sends a text, "need the node type of our elasticache SETUP" creates one. Merged into
// VERB_SYNONYMS (data/verbs.ts) through EVERYDAY_AND_LATER; each example must find its operation
// in the top five (test/integration/search/want-clause-r19-agent.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

/** What a want of a definite thing reads: the thing itself, one or many, as "show" reads (data/verbs.ts). */
const SEE = { list: 1, describe: 1, get: 0.9, search: 0.4 } as const;

export const R19_AGENT_VERBS: Readonly<Record<string, EverydayVerb>> = {
  'need the': {
    weights: SEE,
    why: 'needing THE thing (one that exists) asks to see it; a want is no verb of its own',
    example: ['need the error text from the last run of glue job nightly-load', 'glue:GetJobRuns'],
  },
  'need its': {
    weights: SEE,
    why: 'needing ITS thing points back at something named before: a read of what it has',
    example: ['stack web-prod failed to update; need its events', 'cloudformation:DescribeStackEvents'],
  },
  'need their': {
    weights: SEE,
    why: 'needing THEIR things points back at things named before: a read',
    example: ['some ec2 instances lost network; need their security groups', 'ec2:DescribeSecurityGroups'],
  },
  'need our': {
    weights: SEE,
    why: 'needing OUR thing asks to see one the team already has',
    example: [
      'the CDN serves stale pages; need our cloudfront distributions and their origins',
      'cloudfront:ListDistributions',
    ],
  },
  'want the': {
    weights: SEE,
    why: 'wanting THE thing asks to see it, as "need the" does',
    example: ['I want the phase details of the latest codebuild run', 'codebuild:BatchGetBuilds'],
  },
  'want its': {
    weights: SEE,
    why: 'wanting ITS thing points back at something named before: a read',
    example: [
      'the kinesis stream clicks lags behind; I want its retention period and shard count',
      'kinesis:DescribeStreamSummary',
    ],
  },
};

/** How an agent says it will look into something: the finding out is a read of what it names. */
const LOOK_INTO = { describe: 1, get: 1, list: 0.9, search: 0.5 } as const;

/**
 * The verbs of an agent's investigation ("figure out whether versioning is on", "track down which
 * users still have passwords"): each reads the thing named, never changes it; the verbs of the
 * clause after them ("is on", "have") describe it. Not "look for" (a search a service runs,
 * StartSearchJob) nor "confirm" (a Confirm call: "is the subscription confirmed").
 */
export const R19_AGENT_READS: Readonly<Record<string, EverydayVerb>> = {
  'figure out': {
    weights: LOOK_INTO,
    why: 'figuring out how a thing is set up or why it broke reads it',
    example: ['figure out whether versioning is on for bucket media-prod', 's3:GetBucketVersioning'],
  },
  'find out': {
    weights: LOOK_INTO,
    why: 'finding out a fact about a thing reads it, like figuring it out',
    example: ['find out which engine version the aurora cluster orders-db runs', 'rds:DescribeDBClusters'],
  },
  'track down': {
    weights: { list: 1, describe: 1, search: 0.8, get: 0.8 },
    why: 'tracking down a thing finds it among others: a list or a search',
    example: ['track down which iam users still have console passwords', 'iam:ListUsers'],
  },
  'dig into': {
    weights: LOOK_INTO,
    why: 'digging into a thing reads its details closely',
    example: [
      'dig into the failed step function execution of order-flow',
      'stepfunctions:GetExecutionHistory',
    ],
  },
  'a list of': {
    weights: { list: 1, describe: 0.9, get: 0.5 },
    why: 'an agent asks for "a list of" things (after need, want, get me): the list is the task, whatever a clause after it says',
    example: [
      'need a list of every EBS volume that is not attached to anything so we can clean up',
      'ec2:DescribeVolumes',
    ],
  },
  'double check': {
    weights: { describe: 1, get: 1, list: 0.8, check: 0.5 },
    why: 'double-checking a setting reads it again, it changes nothing',
    example: ['double-check the retention of log group /aws/lambda/api', 'logs:DescribeLogGroups'],
  },
};

/**
 * "need the old snapshots removed", "want the bucket encrypted with our key": a want whose thing
 * a participle follows asks for that thing done (the participle is the task, as in "have X
 * done"), so the want is not read as a look (want-done.ts). The most words between the want and
 * the participle.
 */
export const WANT_DONE_WORDS = 6;

/**
 * Words before a want that deny it ("we no longer need the held capacity, release it", "don't
 * need the old snapshots"; "don't" is read as "don" "t"): the thing is not asked to be seen, the
 * request is elsewhere.
 */
export const WANT_DENIED_BY: ReadonlySet<string> = new Set(['longer', 'not', 'never', 't']);

/** A word after the want's determiner that makes the thing a new one: "we need our OWN cloudhsm". */
export const WANT_NEW_THING: ReadonlySet<string> = new Set(['own', 'new']);
