// Data: words for what is known about one thing, before "of" and the thing ("status of athena
// query abc", "progress of glue job run jr_1", "output of the build 42"), read by
// src/search/verb-as-noun.ts. After them the words up to the thing's name are a noun phrase with
// no determiner: a verb word there ("query", "build", "export", "run") names the thing, so the
// query reads the thing rather than starting one. Each entry says why and gives an example
// (test/integration/search/reading-r21-data.test.ts).

import type { Reasoned } from './reasoned.js';

export const ATTRIBUTE_OF: Reasoned & { readonly words: ReadonlySet<string> } = {
  words: new Set([
    ...['status', 'state', 'progress', 'result', 'results', 'output', 'outcome', 'details'],
    ...['duration', 'error', 'errors', 'logs', 'owner', 'size', 'cost', 'arn', 'id'],
  ]),
  why: 'what is known about a thing, then "of" and the thing: the words after "of" name it, a verb word among them is its kind ("athena query", "codebuild build")',
  example: ['status of athena query 3f2a9c1e-8b7d-4e2a-9c1f-0a1b2c3d4e5f', 'athena:GetQueryExecution'],
};
