// Resources the query shows exist: an identifier AWS assigned when it made the resource (an EC2
// id, an ARN, a CloudFront distribution id) names one already made. An operation that makes a
// resource of that kind (data/existing.ts) then answers another task, however well its name
// matches: "add a CNAME in hosted zone Z0123..." is a record change, not CreateHostedZone.

import { MAKING_NAME_EXTRAS, MAKING_VERBS } from './data/existing.js';
import { analyze } from './analyzer.js';
import type { IdentifierHint } from './identifiers.js';
import type { SearchIndexData } from './index-build.js';

/** Operations that would make again a resource an assigned identifier in the query names. */
export function makesExisting(ix: SearchIndexData, ids: readonly IdentifierHint[]): Set<number> {
  const out = new Set<number>();
  const making = new Set(Object.keys(MAKING_VERBS).flatMap((v) => ix.verbIds.get(v) ?? []));
  const extras = new Set(analyze(MAKING_NAME_EXTRAS.join(' ')).flatMap((t) => ix.termIds.get(t) ?? []));
  for (const h of ids) {
    if (!h.assigned) continue;
    const kind = analyze(h.terms).map((t) => ix.termIds.get(t));
    if (kind.length === 0 || kind.some((t) => t === undefined)) continue;
    const want = new Set(kind as number[]);
    const first = kind[0]!;
    for (let p = ix.namePostStart[first]!; p < ix.namePostStart[first + 1]!; p++) {
      const op = ix.namePostOp[p]!;
      if (making.has(ix.opVerb[op]!) && namesKind(ix, op, want, extras)) out.add(op);
    }
  }
  return out;
}

/** The operation's name object is the kind, all of it and nothing else (beyond extras). */
function namesKind(
  ix: SearchIndexData,
  op: number,
  want: ReadonlySet<number>,
  extras: ReadonlySet<number>,
): boolean {
  const seen = new Set<number>();
  for (let p = ix.nameStart[op]!; p < ix.nameStart[op + 1]!; p++) {
    const t = ix.nameTerms[p]!;
    if (want.has(t)) seen.add(t);
    else if (!extras.has(t)) return false;
  }
  return seen.size === want.size;
}
