// Data: where a verb word is a noun by its place in the sentence (verb-as-noun.ts), for issue 16
// round 19 (choosing among one service's operations): "the workflow RUN is still going", "past
// runs of a codepipeline RELEASE", "the rules THAT EXPIRE old objects". Read as the task's verb,
// such a word sends the query to the call that starts or changes the thing instead of the read
// it asks for. test/integration/search/verb-as-noun-r19.test.ts checks each entry's example.

import type { Reasoned } from './reasoned.js';

/**
 * Words that follow a subject: a verb word right before them is what the sentence is about
 * ("the build WAS", "my run WENT wrong"); an order never puts a copula after its verb.
 */
export const AFTER_SUBJECT: Reasoned & { readonly words: ReadonlySet<string> } = {
  words: new Set(['is', 'was', 'were', 'are', 'has', 'had', 'went', 'did', 'does', 'got', 'took', 'keeps']),
  why: '"the deploy is stuck", "the run went through": a copula or a tense after the word makes it the subject, so the query asks about the thing, not to do it',
  example: [
    'the codebuild build was stuck in queued for an hour, show its phases',
    'codebuild:BatchGetBuilds',
  ],
};

/**
 * Words after which a determiner opens a noun phrase, as at the start of the query ("runs OF a
 * codepipeline release", "WHETHER the lambda deploy ..."): the phrase's last word is its noun,
 * even when it is a verb word.
 */
export const PHRASE_OPENERS: Reasoned & {
  readonly words: ReadonlySet<string>;
  readonly unlessAfter: ReadonlySet<string>;
} = {
  words: new Set(['of', 'whether', 'if']),
  /** "how did the policy of the bucket CHANGE": after an auxiliary the phrase is a subject, its verb may follow. */
  unlessAfter: new Set([
    'did',
    'does',
    'do',
    'can',
    'could',
    'will',
    'would',
    'should',
    'has',
    'have',
    'had',
  ]),
  why: 'after "of", a determiner and the words after it ("a codepipeline release", "the rds snapshot export task") name one thing; an order puts its verb before the determiner',
  example: ['earlier runs of my codepipeline release', 'codepipeline:ListPipelineExecutions'],
};

/** Copulas after which an -ing word is the subject's state ("is GETTING throttled"). */
export const COPULAS: Reasoned & { readonly words: ReadonlySet<string> } = {
  words: new Set(['is', 'are', 'was', 'were', 'keeps', 'been', 'being']),
  why: '"my stream is getting throttled, give it more": the participle says how the thing is; the order comes later',
  example: ['my kinesis stream is getting throttled, add shards', 'kinesis:UpdateShardCount'],
};

/**
 * Relative pronouns: after a noun they open a clause that describes it ("the rules THAT expire
 * old objects", "functions WHICH time out"); its verbs say which things, not what to do.
 */
export const RELATIVE_PRONOUNS: Reasoned & {
  readonly words: ReadonlySet<string>;
  readonly openings: ReadonlySet<string>;
} = {
  words: new Set(['that', 'which', 'who']),
  /**
   * Openings of a query that is a noun phrase ("the rules that ...", "everyone who ...", or a
   * plural: "events of ... that timed out"); after another opening ("rate limit clients that
   * send ...") the first word may be a verb the finder does not know, and the clause's verb is
   * all it has. "a vector store that scales itself" is a thing wanted, its clause what it must do.
   */
  openings: new Set([
    ...['the', 'my', 'our', 'their', 'its', 'those', 'these', 'every', 'all', 'any', 'each'],
    ...['everyone', 'everything', 'which', 'what'],
  ]),
  why: 'a noun phrase with a relative clause names things to look at; the clause verb ("expire", "invoke") is not an order to do it',
  example: ['the s3 rules that expire old files in bucket logs', 's3:GetBucketLifecycleConfiguration'],
};

/**
 * First words of a noun phrase that name things that already exist: with no verb and no task a
 * concept implies, the query asks to see them ("my old classic load balancers", "earlier runs
 * of the release pipeline"), not to start or make one. An opening "a"/"an" is left out: "a
 * vector store I don't have to size" asks for one to be made.
 */
export const EXISTING_OPENERS: Reasoned & {
  readonly words: ReadonlySet<string>;
  readonly unless: ReadonlySet<string>;
} = {
  words: new Set([
    'the',
    'my',
    'our',
    'their',
    'its',
    'earlier',
    'past',
    'previous',
    'prior',
    'old',
    'older',
  ]),
  /**
   * "the read capacity should float between 5 and 500": a state wanted is a change; "the key is
   * pending deletion, keep it", "my endpoint got a token": a clause with its own verb, no noun phrase.
   */
  unless: new Set([
    ...['should', 'must', 'shall', 'ought', 'needs', 'want', 'wants', 'how'],
    ...['is', 'was', 'were', 'are', 'has', 'had', 'have', 'got', 'did', 'does', 'went', 'be', 'been'],
  ]),
  why: 'a definite noun phrase or one of earlier things names what exists; with no verb it asks to look at it',
  example: ['earlier runs of the web-release pipeline', 'codepipeline:ListPipelineExecutions'],
};
