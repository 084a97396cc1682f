// Assigns service aliases so that every name resolves to at most one service.
// A canonical id always belongs to its service; any other name goes to the single service
// claiming it at the best tier, and a name two services claim equally is kept out (it is
// reported as ambiguous so resolveService can list both instead of guessing).

import { aliasCandidates, type AliasSource, type AliasTier } from './names.js';

export interface AliasAssignment {
  /** Aliases per canonical id, excluding the id itself, sorted. */
  readonly aliases: ReadonlyMap<string, readonly string[]>;
  /** Names claimed by several services at the same tier: name -> canonical ids. */
  readonly ambiguous: Readonly<Record<string, readonly string[]>>;
}

export function assignAliases(sources: readonly AliasSource[]): AliasAssignment {
  const best = new Map<string, { tier: AliasTier; ids: Set<string> }>();
  for (const s of sources) {
    for (const [name, tier] of aliasCandidates(s)) {
      if (!name) continue;
      const cur = best.get(name);
      if (!cur || tier < cur.tier) best.set(name, { tier, ids: new Set([s.id]) });
      else if (tier === cur.tier) cur.ids.add(s.id);
    }
  }
  const aliases = new Map<string, string[]>(sources.map((s) => [s.id, []]));
  const ambiguous: Record<string, string[]> = {};
  for (const [name, { ids }] of best) {
    if (ids.size > 1) {
      ambiguous[name] = [...ids].sort();
      continue;
    }
    const [id] = ids;
    if (id !== undefined && id !== name) aliases.get(id)!.push(name);
  }
  for (const list of aliases.values()) list.sort();
  return { aliases, ambiguous };
}
