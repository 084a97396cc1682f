// The index data in a form the cache file holds as typed arrays (binary-record.ts) and a fresh
// process uses in place: string lists packed (string-list.ts), string -> id maps as sorted
// lookups, tables as sorted packed keys and typed arrays (sorted-table.ts), instead of thousands
// of small objects, maps and arrays that would each have to be rebuilt on load.
// With a pager (paged-file.ts) the tables, the string lists and the postings are read from the
// file on demand: only what a query looks at is ever read (PAGED says which sections).

import type { ServiceEntry } from '../catalog/types.js';
import { FuzzyVocabulary } from './fuzzy.js';
import type { SearchIndexData } from './index-build.js';
import type { Ensure } from './paged-file.js';
import { idOf, pairOf, SortedTable, type TableData } from './sorted-table.js';
import {
  PackedList,
  packStrings,
  SortedLookup,
  type Lookup,
  type PackedStrings,
  type StringList,
} from './string-list.js';

const SEP = '\n';

type Replaced =
  | 'opNames'
  | 'opSummaries'
  | 'opRequired'
  | 'opRequires'
  | 'termIds'
  | 'rawWordIds'
  | 'verbIds'
  | 'verbNames'
  | 'nameKeys'
  | 'exactNames'
  | 'serviceKeys'
  | 'waiterOps'
  | 'arnServices'
  | 'requiredOps'
  | 'fuzzy';

type LookupData = SortedLookup['data'];

export interface StoredIndex extends Omit<SearchIndexData, Replaced> {
  readonly services: readonly ServiceEntry[];
  readonly lists: {
    readonly opNames: PackedStrings;
    readonly opSummaries: PackedStrings;
    readonly opRequired: PackedStrings;
    readonly opRequires: PackedStrings;
    readonly verbIds: string;
    readonly fuzzyWords: string;
  };
  readonly lookups: { readonly termIds: LookupData; readonly rawWordIds: LookupData };
  readonly fuzzyCounts: Float64Array;
  readonly tables: Readonly<
    Record<'nameKeys' | 'exactNames' | 'serviceKeys' | 'waiterOps' | 'arnServices' | 'requiredOps', TableData>
  >;
}

export function toStored(ix: SearchIndexData): StoredIndex {
  const { opNames, opSummaries, opRequired, opRequires, termIds, rawWordIds, verbIds, ...rest } = ix;
  const { verbNames, fuzzy, ...others } = rest;
  const { nameKeys, exactNames, serviceKeys, waiterOps, arnServices, requiredOps, ...direct } = others;
  void verbNames; // the same as verbIds' keys
  const fuzzyMap = fuzzy.words();
  return {
    ...direct,
    lists: {
      opNames: packed(opNames),
      opSummaries: packed(opSummaries),
      opRequired: packed(opRequired),
      opRequires: packed(opRequires),
      verbIds: [...verbIds.keys()].join(SEP),
      fuzzyWords: [...fuzzyMap.keys()].join(SEP),
    },
    lookups: { termIds: lookupData(termIds), rawWordIds: lookupData(rawWordIds) },
    fuzzyCounts: Float64Array.from(fuzzyMap.values()),
    tables: {
      nameKeys: nameKeys.data,
      exactNames: exactNames.data,
      serviceKeys: serviceKeys.data,
      waiterOps: waiterOps.data,
      arnServices: arnServices.data,
      requiredOps: requiredOps.data,
    },
  };
}

/**
 * Sections a loader may leave unread until used: the ones read only through the code here (the
 * string lists, lookups and tables) or through preparePostings. Everything the ranker reads by
 * operation (priors, verbs, name words) is read with the index.
 */
export const PAGED = (path: string): boolean =>
  /^(tables|lookups)\./.test(path) || /^lists\.op\w+\.(bytes|ends)$/.test(path) || POSTINGS.has(path);

const POSTINGS = new Set(['opPostOp', 'opPostTf', 'namePostOp']);

/** Reads the posting lists of `terms`: what the ranker reads of them (rank.ts). */
export function preparePostings(ix: SearchIndexData, ensure: Ensure, terms: Iterable<number>): void {
  for (const t of terms) {
    ensure(ix.opPostOp, ix.opPostStart[t]!, ix.opPostStart[t + 1]!);
    ensure(ix.opPostTf, ix.opPostStart[t]!, ix.opPostStart[t + 1]!);
    ensure(ix.namePostOp, ix.namePostStart[t]!, ix.namePostStart[t + 1]!);
  }
}

/** The index over stored data; `ensure` reads the PAGED sections' bytes when they are used. */
export function fromStored(st: StoredIndex, ensure?: Ensure): SearchIndexData {
  const { lists, lookups, tables, fuzzyCounts, ...direct } = st;
  const fuzzy = new Map<string, number>();
  split(lists.fuzzyWords).forEach((w, i) => fuzzy.set(w, fuzzyCounts[i]!));
  const verbNames = split(lists.verbIds);
  return {
    ...direct,
    opNames: new PackedList(lists.opNames, false, ensure),
    opSummaries: new PackedList(lists.opSummaries, false, ensure),
    opRequired: new PackedList(lists.opRequired, false, ensure),
    opRequires: new PackedList(lists.opRequires, false, ensure),
    termIds: new SortedLookup(lookups.termIds, ensure),
    rawWordIds: new SortedLookup(lookups.rawWordIds, ensure),
    verbIds: new Map(verbNames.map((v, i) => [v, i])),
    verbNames,
    nameKeys: new SortedTable(tables.nameKeys, idOf, ensure),
    exactNames: new SortedTable(tables.exactNames, idOf, ensure),
    serviceKeys: new SortedTable(tables.serviceKeys, pairOf, ensure),
    waiterOps: new SortedTable(tables.waiterOps, idOf, ensure),
    arnServices: new SortedTable(tables.arnServices, idOf, ensure),
    requiredOps: new SortedTable(tables.requiredOps, idOf, ensure),
    fuzzy: new FuzzyVocabulary(fuzzy),
  };
}

function packed(list: StringList): PackedStrings {
  if (list instanceof PackedList) return list.packed;
  return packStrings(Array.from({ length: list.length }, (_, i) => list.at(i)!));
}

function lookupData(lookup: Lookup): LookupData {
  if (lookup instanceof SortedLookup) return lookup.data;
  return SortedLookup.of(lookup as ReadonlyMap<string, number>).data;
}

function split(joined: string): string[] {
  return joined === '' ? [] : joined.split(SEP);
}
