// Data: where a kebab token (`nightly-etl`, `logs-archive`) is a name the user gave, beyond the
// places src/search/kept-tokens.ts already reads one. A name's words are the user's naming: read
// as words they bring a sibling's name word (`logs-archive` -> GetBucketLogging for a question
// about the bucket's versioning) or a concept of another task (`nightly` -> a schedule made, so
// CreateJob wins "show me the glue job definition for nightly-etl").

import type { Reasoned } from './reasoned.js';

/**
 * Kinds after which a kebab token closing the phrase is the thing's name ("the schedule
 * nightly-report", "stack set baseline-guardrails to ..."), though the kind word is also a verb
 * ("schedule", "set"): the kinds people name (data/names-r12.ts) and these.
 */
export const NAMED_KINDS_R17: Reasoned & { readonly words: ReadonlySet<string> } = {
  words: new Set(['set', 'group', 'vault', 'domain', 'stream', 'key', 'parameter', 'document', 'template']),
  why: "right after the kind it names and closing the phrase, a kebab token is that thing's name",
  example: ['pause the schedule hourly-sync', 'scheduler:UpdateSchedule'],
};

/**
 * Prepositions (of belonging, not of place: "in orders-dlq" may say its kind) that introduce a name closing the phrase after a content word ("the job
 * definition FOR nightly-etl", "the runs OF weekly-report"): the name stands for the thing.
 */
export const NAME_PREPOSITIONS: Reasoned & { readonly words: ReadonlySet<string> } = {
  words: new Set(['for', 'of']),
  why: 'a kebab token closing "<noun> for/of/in ..." names the thing the noun belongs to',
  example: ['show me the glue job definition for nightly-etl', 'glue:GetJob'],
};
