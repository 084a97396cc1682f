// Data: where a kebab token (`nightly-etl`, `logs-archive`) is a name the user gave, beyond the
// places src/search/kept-tokens.ts already reads one. A name's words are the user's naming: read
// as words they bring a sibling's name word (`logs-archive` -> GetBucketLogging for a question
// about the bucket's versioning) or a concept of another task (`nightly` -> a schedule made, so
// CreateJob wins "show me the glue job definition for nightly-etl").

import type { Reasoned } from './reasoned.js';

/**
 * Kinds after which a kebab token closing the phrase is the thing's name ("the schedule
 * nightly-report", "the user deploy-bot"), though the kind word is also a verb ("schedule"):
 * the kinds people name (data/names-r12.ts) and these. Not "set": a verb before a setting's
 * kebab name ("set maxmemory-policy to allkeys-lru").
 */
export const NAMED_KINDS_R17: Reasoned & { readonly words: ReadonlySet<string> } = {
  words: new Set(['group', 'vault', 'domain', 'stream', 'key', 'parameter', 'document', 'template']),
  why: "right after the kind it names and closing the phrase, a kebab token is that thing's name",
  example: ['pause the schedule hourly-sync', 'scheduler:UpdateSchedule'],
};

/**
 * Prepositions that introduce a name closing the phrase after a noun ("the job definition FOR
 * nightly-etl", "the versions FOR patch-linux"): the name stands for the thing. Not "in" ("in
 * orders-dlq" says its kind) nor "of" ("the prod stage of web-release" names a pipeline by it).
 */
export const NAME_PREPOSITIONS: Reasoned & { readonly words: ReadonlySet<string> } = {
  words: new Set(['for']),
  why: 'a kebab token closing "<noun> for ..." names the thing the noun belongs to',
  example: ['show me the glue job definition for nightly-etl', 'glue:GetJob'],
};
