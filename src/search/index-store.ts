// The index data in a form the cache file holds as typed arrays (binary-record.ts) and a fresh
// process uses in place: string lists packed (string-list.ts), string -> id maps as sorted
// lookups, tables as sorted packed keys and typed arrays (sorted-table.ts), instead of thousands
// of small objects, maps and arrays that would each have to be rebuilt on load.

import type { ServiceEntry } from '../catalog/types.js';
import { FuzzyVocabulary } from './fuzzy.js';
import type { SearchIndexData } from './index-build.js';
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
  | 'termIds'
  | 'rawWordIds'
  | 'verbIds'
  | 'verbNames'
  | 'nameKeys'
  | 'exactNames'
  | 'serviceKeys'
  | 'waiterOps'
  | 'arnServices'
  | 'fuzzy';

type LookupData = SortedLookup['data'];

export interface StoredIndex extends Omit<SearchIndexData, Replaced> {
  readonly services: readonly ServiceEntry[];
  readonly lists: {
    readonly opNames: PackedStrings;
    readonly opSummaries: PackedStrings;
    readonly opRequired: PackedStrings;
    readonly verbIds: string;
    readonly fuzzyWords: string;
  };
  readonly lookups: { readonly termIds: LookupData; readonly rawWordIds: LookupData };
  readonly fuzzyCounts: Float64Array;
  readonly tables: Readonly<
    Record<'nameKeys' | 'exactNames' | 'serviceKeys' | 'waiterOps' | 'arnServices', TableData>
  >;
}

export function toStored(ix: SearchIndexData): StoredIndex {
  const { opNames, opSummaries, opRequired, termIds, rawWordIds, verbIds, verbNames, fuzzy, ...rest } = ix;
  const { nameKeys, exactNames, serviceKeys, waiterOps, arnServices, ...direct } = rest;
  void verbNames; // the same as verbIds' keys
  const fuzzyMap = fuzzy.words();
  return {
    ...direct,
    lists: {
      opNames: packed(opNames),
      opSummaries: packed(opSummaries),
      opRequired: packed(opRequired),
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
    },
  };
}

export function fromStored(st: StoredIndex): SearchIndexData {
  const { lists, lookups, tables, fuzzyCounts, ...direct } = st;
  const fuzzy = new Map<string, number>();
  split(lists.fuzzyWords).forEach((w, i) => fuzzy.set(w, fuzzyCounts[i]!));
  const verbNames = split(lists.verbIds);
  return {
    ...direct,
    opNames: new PackedList(lists.opNames),
    opSummaries: new PackedList(lists.opSummaries),
    opRequired: new PackedList(lists.opRequired),
    termIds: new SortedLookup(lookups.termIds),
    rawWordIds: new SortedLookup(lookups.rawWordIds),
    verbIds: new Map(verbNames.map((v, i) => [v, i])),
    verbNames,
    nameKeys: new SortedTable(tables.nameKeys, idOf),
    exactNames: new SortedTable(tables.exactNames, idOf),
    serviceKeys: new SortedTable(tables.serviceKeys, pairOf),
    waiterOps: new SortedTable(tables.waiterOps, idOf),
    arnServices: new SortedTable(tables.arnServices, idOf),
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
