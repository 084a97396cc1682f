// "need the X" reads X (data/verbs-r19-agent.ts), but "need the X removed" asks for X removed: a
// participle after the thing is the task, as in "have X done" (causative.ts); "no longer need the
// X" denies the want, and "need our own X" wants a new one. The verb finder asks here before
// taking the want as the verb, so it reads on to the task's verb (or none) instead.

import { IRREGULAR_PARTICIPLES } from './data/causative-r16-requests.js';
import { STOP_WORDS } from './data/stop-words.js';
import { R19_AGENT_VERBS, WANT_DENIED_BY, WANT_DONE_WORDS, WANT_NEW_THING } from './data/verbs-r19-agent.js';
import { relativeParticiple } from './relative-participle.js';
import { stem } from './text.js';
import { VERBS } from './vocabulary.js';

const participle = (w: string): boolean =>
  IRREGULAR_PARTICIPLES.has(w) || (/..(?:ed|en)$/.test(w) && VERBS.has(stem(w)));

/**
 * Whether the want at i ("need the ...") asks no look: denied, for a new thing, or with a
 * participle after its thing. Before the participle a noun at least comes first ("the managed
 * policies" is a kind), no common word cuts the phrase ("the error text from the step that
 * failed"), and no tie follows it ("policies attached to role x" names them, relative-participle.ts).
 */
export function wantAsksNoLook(ws: readonly string[], i: number): boolean {
  if (R19_AGENT_VERBS[`${ws[i]} ${ws[i + 1] ?? ''}`] === undefined) return false;
  if (WANT_DENIED_BY.has(ws[i - 1] ?? '') || WANT_NEW_THING.has(ws[i + 2] ?? '')) return true;
  const end = Math.min(ws.length, i + 2 + WANT_DONE_WORDS);
  for (let k = i + 3; k < end; k++) {
    const w = ws[k]!;
    if (participle(w)) return !relativeParticiple(ws, k);
    if (STOP_WORDS.has(w)) return false;
  }
  return false;
}
