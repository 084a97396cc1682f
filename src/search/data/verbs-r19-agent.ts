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
