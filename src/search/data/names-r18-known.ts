// Data: round 18's prepositions that introduce a name closing the phrase after a noun (see
// NAME_PREPOSITIONS in names-r17-siblings.ts, read by kept-tokens.ts). "attach a bucket policy TO
// static-site-prod that ...": the kebab token is the bucket the policy goes on, so its words
// ("static site") must not read as a concept (website hosting).

import type { Reasoned } from './reasoned.js';

export const NAME_PREPOSITIONS_R18: Reasoned & {
  readonly words: ReadonlySet<string>;
  /** First parts that make a kebab token after "to" a verb ("to re-check", "to auto-scale"). */
  readonly verbPrefixes: ReadonlySet<string>;
} = {
  words: new Set(['to']),
  verbPrefixes: new Set(['re', 'auto', 'pre', 'un', 'de', 'co', 'double', 'cross', 'hot', 'fail', 'roll']),
  why: 'a kebab token closing "<noun> to ..." names the thing the noun is put on or sent to',
  example: [
    'attach a bucket policy to static-site-prod that lets everyone s3:GetObject',
    's3:PutBucketPolicy',
  ],
};
