// Whether a light verb ("make", "keep", "get") takes its meaning from the concept after it (data/
// verbs.ts LIGHT_VERBS): "get a shell" starts a session, but "get the lifecycle rules of bucket x"
// reads them (data/light-verbs-r21-data.ts): a thing named as existing is read, not made.

import { HANDED_OUT, LIGHT_UNLESS_BEFORE } from './data/light-verbs-r21-data.js';
import { LIGHT_VERBS } from './data/verbs.js';

/** Whether the verb word at `start` reads lightly before the word at `end`. */
export function isLightVerb(ws: readonly string[], start: number, end: number): boolean {
  const verb = ws[start]!;
  if (LIGHT_VERBS[verb] === undefined) return false;
  if (!Object.hasOwn(LIGHT_UNLESS_BEFORE, verb) || !LIGHT_UNLESS_BEFORE[verb]!.words.has(ws[end] ?? ''))
    return true;
  // "get the websocket url": a thing handed out is had new, as "get a shell" is
  return ws.slice(end + 1, end + 4).some((w) => HANDED_OUT.has(w));
}
