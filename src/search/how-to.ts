// "How do I redo the build that failed?" (data/how-to-r16-started.ts): the verb right after a
// how-to opener is the task asked about, so the query is not a clipped status question.

import { HOW_TO } from './data/how-to-r16-started.js';
import type { VerbSpan } from './query-words.js';

/** Whether the words before the verb are exactly a how-to opener. */
export function asksHowTo(ws: readonly string[], verbAt: VerbSpan | undefined): boolean {
  return verbAt !== undefined && verbAt.start > 0 && HOW_TO.openers.has(ws.slice(0, verbAt.start).join(' '));
}
