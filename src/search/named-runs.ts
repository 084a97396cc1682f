// The word runs of a query that name a service (its name, an alias, its family), looked up once
// per query. The word-run scan (query-words.ts) needs them twice: first to mark which words
// belong to a service name, then to add each run's services to the plan. Each lookup builds
// three keys and searches the service-key table, and a long query has hundreds of runs, so
// doing it once halves a tenth of a long query's time.

import { STOP_WORDS } from './data/stop-words.js';
import type { SearchIndexData } from './index-build.js';
import { queryNameKeys, vendoredAt } from './service-names.js';
import { MAX_PHRASE_WORDS, VERBS } from './vocabulary.js';

/** The keys of a run that name services, in queryNameKeys order, with [service, strength] pairs. */
export type RunNames = ReadonlyArray<
  readonly [key: string, services: ReadonlyArray<readonly [number, number]>]
>;

export interface NamedRuns {
  /** Words that are part of a service name. */
  readonly serviceWord: boolean[];
  /** The names in the run at i..i+n (runKey), for runs that name any service. */
  readonly names: ReadonlyMap<number, RunNames>;
}

/** The key of the run of n words at i in NamedRuns.names. */
export const runKey = (i: number, n: number): number => i * (MAX_PHRASE_WORDS + 1) + n;

/**
 * Runs of up to MAX_PHRASE_WORDS words that name a service. Single stop words are skipped, and
 * so is a verb that is also a service alias (`deploy`) unless a vendor comes before it.
 */
export function namedRuns(ix: SearchIndexData, ws: readonly string[], stems: readonly string[]): NamedRuns {
  const serviceWord = new Array<boolean>(ws.length).fill(false);
  const names = new Map<number, RunNames>();
  for (let n = Math.min(MAX_PHRASE_WORDS, ws.length); n >= 1; n--) {
    for (let i = 0; i + n <= ws.length; i++) {
      if (n === 1 && (STOP_WORDS.has(ws[i]!) || (VERBS.has(stems[i]!) && !vendoredAt(ws, i)))) continue;
      const found: [string, ReadonlyArray<readonly [number, number]>][] = [];
      for (const key of queryNameKeys(ws.slice(i, i + n))) {
        const services = ix.serviceKeys.get(key);
        if (services !== undefined && services.length > 0) found.push([key, services]);
      }
      if (found.length === 0) continue;
      names.set(runKey(i, n), found);
      for (let k = i; k < i + n; k++) serviceWord[k] = true;
    }
  }
  return { serviceWord, names };
}
