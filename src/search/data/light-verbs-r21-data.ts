// Data: words after a light verb that undo its light reading (see LIGHT_VERBS in data/verbs.ts),
// read by src/search/light-verb.ts. "get a shell" has a session started (the concept's verb), but
// "get the lifecycle rules of bucket x" reads the rules: a thing named as one that exists (a
// definite or possessive determiner) is read, whatever task the concept after it would imply.
// Each entry says why and gives an example (test/integration/search/reading-r21-data.test.ts).

import type { Reasoned } from './reasoned.js';

/** Things handed out when asked for, even named with "the": "get the websocket url" has one made. */
export const HANDED_OUT: ReadonlySet<string> = new Set([
  'url',
  'urls',
  'link',
  'token',
  'tokens',
  'credentials',
]);

export const LIGHT_UNLESS_BEFORE: Readonly<
  Record<string, Reasoned & { readonly words: ReadonlySet<string> }>
> = {
  get: {
    words: new Set(['the', 'my', 'our', 'its', 'their', 'your', 'this', 'that', 'these', 'those', 'current']),
    why: '"get THE lifecycle rules of bucket x" reads the rules that exist; only a thing not had yet ("get a shell") is the concept\'s task',
    example: ['get the lifecycle rules of bucket photos', 's3:GetBucketLifecycleConfiguration'],
  },
};
