// Resources the query shows exist: an identifier AWS assigned when it made the resource (an EC2
// id, an ARN, a CloudFront distribution id) names one already made. An operation that makes a
// resource of that kind (data/existing.ts) then answers another task, however well its name
// matches: "add a CNAME in hosted zone Z0123..." is a record change, not CreateHostedZone.

import { MAKING_NAME_EXTRAS, MAKING_VERBS } from './data/existing.js';
import { analyze } from './analyzer.js';
import type { IdentifierHint } from './identifiers.js';
import type { SearchIndexData } from './index-build.js';

/** The kinds of resource the query's assigned ids name (term ids), and the making verbs' ids. */
export interface ExistingKinds {
  readonly kinds: readonly ReadonlySet<number>[];
  readonly making: ReadonlySet<number>;
  readonly extras: ReadonlySet<number>;
}

/** What the query's assigned identifiers show exists; undefined when none does. */
export function existingKinds(
  ix: SearchIndexData,
  ids: readonly IdentifierHint[],
): ExistingKinds | undefined {
  const kinds: Set<number>[] = [];
  for (const h of ids) {
    if (!h.assigned) continue;
    const kind = analyze(h.terms).map((t) => ix.termIds.get(t));
    if (kind.length > 0 && kind.every((t) => t !== undefined)) kinds.push(new Set(kind as number[]));
  }
  if (kinds.length === 0) return undefined;
  const making = new Set(Object.keys(MAKING_VERBS).flatMap((v) => ix.verbIds.get(v) ?? []));
  const extras = new Set(analyze(MAKING_NAME_EXTRAS.join(' ')).flatMap((t) => ix.termIds.get(t) ?? []));
  return { kinds, making, extras };
}

/** The operation would make a resource of a kind that exists: its verb makes, its name is the kind. */
export function makesExisting(ix: SearchIndexData, existing: ExistingKinds, op: number): boolean {
  if (!existing.making.has(ix.opVerb[op]!)) return false;
  return existing.kinds.some((kind) => namesKind(ix, op, kind, existing.extras));
}

/** The operation's name object is the kind, all of it and nothing else (beyond extras). */
function namesKind(
  ix: SearchIndexData,
  op: number,
  kind: ReadonlySet<number>,
  extras: ReadonlySet<number>,
): boolean {
  let seen = 0;
  for (let p = ix.nameStart[op]!; p < ix.nameStart[op + 1]!; p++) {
    const t = ix.nameTerms[p]!;
    if (kind.has(t)) seen++;
    else if (!extras.has(t)) return false;
  }
  return seen >= kind.size;
}
