// Data: how-to openers (issue 16, round 16, src/search/how-to.ts). "How do I redo a build that
// failed?" asks how to do a task: the verb right after the opener is the task, and a state word
// later in it ("failed?") describes the thing, it does not make a clipped status question of it.
// The entry says why and gives a query whose first result a test checks
// (test/integration/search/acted-on-r16.test.ts).

import type { Reasoned } from './reasoned.js';

export const HOW_TO: Reasoned & { readonly openers: ReadonlySet<string> } = {
  openers: new Set([
    ...['how to', 'how do i', 'how can i', 'how should i', 'how would i', 'how could i'],
    ...['how do we', 'how can we', 'how should we', 'how do you', 'how can you'],
  ]),
  why: 'a how-to with its verb asks how to do the task; a state word after it describes the thing',
  example: ['how do I restart the glue job run that failed?', 'glue:StartJobRun'],
};
