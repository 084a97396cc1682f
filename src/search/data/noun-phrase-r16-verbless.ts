// Data: queries with no verb, a noun phrase alone (noun-phrase.ts). Each entry says why and gives
// an example query (with the operation it must rank in the top five) that
// test/integration/search/noun-phrase-r16.test.ts checks.

export interface VerblessWords {
  readonly words: ReadonlySet<string>;
  readonly why: string;
  readonly example: readonly [string, string];
}

/** Adjectives that ask for one more of a kind: said with no verb, the thing is wanted made. */
export const ONE_MORE: VerblessWords = {
  words: new Set(['another', 'fresh', 'extra', 'additional', 'spare']),
  why: 'nobody names "another X" or "a fresh X" to see the ones there are: one more is to be made',
  example: ['a fresh encryption key for the billing app', 'kms:CreateKey'],
};

/** "managed kafka": AWS's managed product named with no verb is the service wanted set up. */
export const MANAGED_PRODUCT: VerblessWords = {
  words: new Set(['managed']),
  why: '"managed <product>" before a product or service name asks for one run by AWS, not a list (managed policies stay a kind: policy is no product)',
  example: ['managed airflow for our data team', 'mwaa:CreateEnvironment'],
};

/** Articles that may open the phrase before the adjective ("an extra ...", "a fresh ..."). */
export const OPENING_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'one']);

/** A verb found this many words after the adjective names the thing ("another read replica"). */
export const MADE_THING_SPAN = 3;

/** Prepositions that tie a thing read to what it belongs to: "steps of cluster j-1", "tags on fn". */
export const OF_THING: VerblessWords = {
  words: new Set(['of', 'for', 'on']),
  why: 'a verbless "X of/for/on <thing>" names a part or record of an existing thing to be seen; nothing is asked changed ("in" is left out: "a mount target in each az", "1 in 100" place or count what is made)',
  example: ['transcript of transcription job interview-0412', 'transcribe:GetTranscriptionJob'],
};

/**
 * "for" and "on" tie only things named in the plural ("maintenance windows for instance x", "tags
 * on function y"): after a singular one ("s3 gateway endpoint for vpc-1", "train xgboost on s3://")
 * the phrase names what is to be made, or the first word was a verb.
 */
export const PLURAL_BEFORE: VerblessWords = {
  words: new Set(['for', 'on']),
  why: 'the parts or records of a thing listed are plural; a singular thing "for" another is one wanted made for it',
  example: ['tags on lambda function resize-images', 'lambda:ListTags'],
};

/**
 * When a concept in the phrase implies a change ("ddos protection for my distribution", "shift 10
 * percent of traffic"), only the parts of a thing named in the plural before "of" still read.
 */
export const PARTS_OF: VerblessWords = {
  words: new Set(['of']),
  why: 'a concept that implies a change makes a verbless phrase a task, unless it is the parts named before "of" ("lifecycle rules of bucket x"); one after it ("visitors of our page need credentials via cognito") is the task',
  example: ['lifecycle rules of bucket acme-logs', 's3:GetBucketLifecycleConfiguration'],
};

/**
 * Words that cannot sit inside the noun before the preposition: after one of them the first word
 * was a verb the finder did not know ("lift the cap on x", "shift 10 percent of traffic").
 */
export const NOT_IN_OPENER: VerblessWords = {
  words: new Set([
    ...['the', 'a', 'an', 'my', 'our', 'your', 'this', 'that', 'its', 'their', 'all', 'every', 'some'],
    ...['two', 'three', 'four', 'five', 'ten', 'few', 'couple'],
  ]),
  why: 'a noun phrase opener is "health of", "dns records for": a determiner or number after its first word shows a verb and its object',
  example: ['steps of emr cluster j-2AXXXXXXGAPLF', 'emr:ListSteps'],
};

/**
 * After the tie comes the named thing ("of bucket acme-logs", "for instance i-1"); "of our web
 * page" names no thing, and the phrase is often the subject of a verb the finder did not know
 * ("anonymous visitors of our web page need credentials"): left to the other readings.
 */
export const GENERIC_AFTER_TIE: VerblessWords = {
  words: new Set(['the', 'a', 'an', 'my', 'our', 'your', 'their', 'every', 'all', 'some', 'any']),
  why: 'a determiner after the tie means a described thing, not a named one, and often a sentence going on',
  example: ['findings for guardduty detector 12abc34d567e8fa901bc2d34e56789f0', 'guardduty:ListFindings'],
};

/** How many words the noun phrase before the preposition may take ("health of", "dns records in"). */
export const OF_THING_OPENER_WORDS = 3;

/** A verb right before "of" at the start is a noun: "schedule of plan x", "sample of requests". */
export const NOUN_BEFORE_OF: VerblessWords = {
  words: new Set(['of']),
  why: 'a word that opens the query right before "of" is the noun of a reading ("schedule of", "sample of"), never an order',
  example: ['schedule of backup plan daily-35d', 'backup:GetBackupPlan'],
};
