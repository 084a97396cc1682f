// The index data in a form that deserializes fast: tables as sorted joined keys and typed
// arrays (sorted-table.ts), word lists as one joined string, numbers in typed arrays, instead
// of thousands of small objects, maps and arrays (v8 copies a typed array in one go but
// rebuilds every object and map entry one by one).

import type { ServiceEntry } from '../catalog/types.js';
import { FuzzyVocabulary } from './fuzzy.js';
import type { SearchIndexData } from './index-build.js';
import { idOf, pairOf, SortedTable, type TableData } from './sorted-table.js';

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

export interface StoredIndex extends Omit<SearchIndexData, Replaced> {
  readonly services: readonly ServiceEntry[];
  readonly lists: {
    readonly opNames: string;
    readonly opSummaries: string;
    readonly opRequired: string;
    readonly termIds: string;
    readonly rawWordIds: string;
    readonly verbIds: string;
    readonly fuzzyWords: string;
  };
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
      opNames: opNames.join(SEP),
      opSummaries: opSummaries.join(SEP),
      opRequired: opRequired.join(SEP),
      termIds: [...termIds.keys()].join(SEP),
      rawWordIds: [...rawWordIds.keys()].join(SEP),
      verbIds: [...verbIds.keys()].join(SEP),
      fuzzyWords: [...fuzzyMap.keys()].join(SEP),
    },
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
  const { lists, tables, fuzzyCounts, ...direct } = st;
  const fuzzy = new Map<string, number>();
  split(lists.fuzzyWords).forEach((w, i) => fuzzy.set(w, fuzzyCounts[i]!));
  const verbNames = split(lists.verbIds);
  return {
    ...direct,
    opNames: split(lists.opNames),
    opSummaries: split(lists.opSummaries),
    opRequired: lists.opRequired.split(SEP),
    termIds: sequential(lists.termIds),
    rawWordIds: sequential(lists.rawWordIds),
    verbIds: sequential(lists.verbIds),
    verbNames,
    nameKeys: new SortedTable(tables.nameKeys, idOf),
    exactNames: new SortedTable(tables.exactNames, idOf),
    serviceKeys: new SortedTable(tables.serviceKeys, pairOf),
    waiterOps: new SortedTable(tables.waiterOps, idOf),
    arnServices: new SortedTable(tables.arnServices, idOf),
    fuzzy: new FuzzyVocabulary(fuzzy),
  };
}

function split(joined: string): string[] {
  return joined === '' ? [] : joined.split(SEP);
}

function sequential(joined: string): Map<string, number> {
  const m = new Map<string, number>();
  split(joined).forEach((k, i) => m.set(k, i));
  return m;
}
