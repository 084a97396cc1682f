// The word runs of a query that name a service (its name, an alias, its family), looked up once
// per query. The word-run scan (query-words.ts) needs them twice: first to mark which words
// belong to a service name, then to add each run's services to the plan. Each lookup builds
// three keys and searches the service-key table, and a long query has hundreds of runs, so
// doing it once halves a tenth of a long query's time.

import { STOP_WORDS } from './data/stop-words.js';
import type { SearchIndexData } from './index-build.js';
import { stem } from './text.js';
import { vendoredAt } from './service-names.js';
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
      for (const key of possibleKeys(ix, ws.slice(i, i + n))) {
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

/** The first two and three characters of every service key. */
interface KeyPrefixes {
  readonly two: ReadonlySet<string>;
  readonly three: ReadonlySet<string>;
}

const prefixesOf = new WeakMap<SearchIndexData, KeyPrefixes>();

/**
 * queryNameKeys(run) (service-names.ts) without the keys no service key can equal: most runs
 * start with a word no service name starts like. The stemmed key keeps the first two characters
 * of what it stems, and the first three of anything of eight or more (text.ts's stem; the test
 * checks both), so a run whose compacted form starts unlike every key is not stemmed at all.
 */
function possibleKeys(ix: SearchIndexData, run: readonly string[]): string[] {
  const prefixes = prefixesOf.get(ix) ?? keyPrefixes(ix);
  const joined = run.join('');
  const out: string[] = [];
  for (const key of [run.join(' '), joined])
    if (prefixes.three.has(key.slice(0, 3)) && !out.includes(key)) out.push(key);
  const kept =
    joined.length >= 8 ? prefixes.three.has(joined.slice(0, 3)) : prefixes.two.has(joined.slice(0, 2));
  if (!kept) return out;
  const stemmed = stem(joined);
  if (prefixes.three.has(stemmed.slice(0, 3)) && !out.includes(stemmed)) out.push(stemmed);
  return out;
}

function keyPrefixes(ix: SearchIndexData): KeyPrefixes {
  const keys = Array.from({ length: ix.serviceKeys.size }, (_, k) => ix.serviceKeys.keyAt(k));
  const prefixes = {
    two: new Set(keys.map((k) => k.slice(0, 2))),
    three: new Set(keys.map((k) => k.slice(0, 3))),
  };
  prefixesOf.set(ix, prefixes);
  return prefixes;
}
