// Data: an error pasted first, then a question ("got AccessDenied calling CreateCluster on eks,
// which clusters do I have"). The error says what failed; the question after it is the task,
// even with no question mark (error-question.ts). Tested in
// test/integration/search/error-question-r14.test.ts.

import type { Reasoned } from './reasoned.js';

export const ERROR_THEN_QUESTION: Reasoned & {
  /** Where one clause ends and the next begins. */
  readonly clauseBreak: RegExp;
  /** Words of an error line that only tell how the call failed ("got", "calling", "when"). */
  readonly contextVerbs: ReadonlySet<string>;
} = {
  clauseBreak: /[,;:.!]\s+|\s[-–—]\s/,
  contextVerbs: new Set(['got', 'getting', 'calling', 'called', 'when', 'while', 'error', 'cannot', "can't"]),
  why: 'the clause after a pasted error that opens like a question asks it: its read is the task, not the failed call nor the verb of the error line',
  example: ['BucketAlreadyExists when creating a bucket, which buckets do I own', 's3:ListBuckets'],
};
