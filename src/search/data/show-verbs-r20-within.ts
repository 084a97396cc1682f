// Data: verbs that only show a thing (src/search/question-concepts.ts showsOnly). "show the image
// cleanup lifecycle policy on repo x" asks to see the policy; the change a concept in it implies
// ("lifecycle" -> put lifecycle configuration) is not asked, as in a question. Generic reading
// verbs (find, check, count) stay out: with a concept they may stand for its task. Tested in
// test/integration/search/show-verbs-r20-within.test.ts.

import type { Reasoned } from './reasoned.js';

export const SHOW_VERBS: Reasoned & { readonly words: ReadonlySet<string>; readonly within: number } = {
  // not "dump" (logs dumped into a bucket are exported)
  words: new Set(['show', 'print', 'display', 'view']),
  /** The verb opens the request ("show ...", "please show ..."), not a clause ("numbers that show up"). */
  within: 2,
  why: 'a verb that only shows asks to see the thing a concept names, never the change its verb would make',
  example: ['show the image cleanup lifecycle policy on ecr repo web', 'ecr:GetLifecyclePolicy'],
};
