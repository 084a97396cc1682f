// A service that reports findings, as the one that flagged, caught or turned up something
// (data/finder-service-r21-sec.ts): "did macie flag anything in the finance bucket" asks for
// Macie's findings, "what did inspector turn up on our lambda functions" Inspector's. The
// service is read as a tool the query names (tool-service.ts), and its findings are the head.

import { FINDER_VERBS } from './data/finder-service-r21-sec.js';
import type { SearchIndexData } from './index-build.js';
import type { WordRuns } from './query-words.js';
import { keyServices, namesToolOperation, type ToolNamed } from './tool-service.js';
import { analyze } from './analyzer.js';

const VERBS: readonly (readonly string[])[] = FINDER_VERBS.verbs.map((v) => v.split(' '));

/** The longest service name read before or after the verb. */
const MAX_NAME_WORDS = 3;

/** The finder service the query names, with its name's place; undefined when none. */
export function finderNamed(
  ix: SearchIndexData,
  ws: readonly string[],
  { serviceWord }: Pick<WordRuns, 'serviceWord'>,
): ToolNamed | undefined {
  for (let v = 1; v < ws.length; v++) {
    const verb = VERBS.find((p) => p.every((w, k) => ws[v + k] === w));
    if (verb === undefined) continue;
    // "did macie flag": the name just before the verb; "flagged by guardduty": just after "by"
    let start = v;
    while (start > 0 && v - start < MAX_NAME_WORDS && serviceWord[start - 1]) start--;
    const after = v + verb.length;
    let end = after + 1;
    while (end < ws.length && end - after - 1 < MAX_NAME_WORDS && serviceWord[end]) end++;
    const span =
      start < v
        ? { start, end: v }
        : ws[after] === 'by' && end > after + 1
          ? { start: after + 1, end }
          : undefined;
    if (span === undefined) continue;
    const found = finders(ix, keyServices(ix, ws.slice(span.start, span.end)));
    if (found.size > 0) return { services: found, ...span, act: { start: v, end: after } };
  }
  return undefined;
}

/**
 * The services among these that report findings (an operation is named with the word); none when
 * a service the name means fully does not ("codeguru" is also the reviewer, whose are recommendations).
 */
function finders(ix: SearchIndexData, services: ReadonlyMap<number, number>): Map<number, number> {
  const ids = analyze(FINDER_VERBS.found).flatMap((t) => ix.termIds.get(t) ?? []);
  const out = new Map<number, number>();
  for (const [s, share] of services) {
    const one: ToolNamed = { services: new Map([[s, share]]), start: 0, end: 0 };
    if (ids.some((id) => namesToolOperation(ix, one, id))) out.set(s, share);
    else if (share === 1) return new Map();
  }
  return out;
}
