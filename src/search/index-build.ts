// Builds the search index from the catalog: BM25F postings in typed arrays (one combined
// pseudo term frequency per operation and term, and one per service for the service's names),
// plus the lookup tables queries need (exact names, name phrases, service names, verbs).

import type { Catalog, ServiceEntry } from '../catalog/types.js';
import { analyze } from './analyzer.js';
import { FIELDS } from './ranking-params.js';
import { serviceKeyTable } from './service-names.js';
import { computeIdf, fromArray, Growable, toCsr } from './postings.js';
import { stem } from './text.js';
import { compactName } from '../catalog/names.js';
import { buildFuzzyVocabulary } from './vocabulary.js';
import type { FuzzyVocabulary } from './fuzzy.js';
import { buildLookups, type Lookups } from './lookups.js';
import { shortSummary } from './results.js';
import { idTable, pairOf, SortedTable, tableData } from './sorted-table.js';
import { idOf, readOperationFields, weighOperationFields, type WeighedFields } from './index-passes.js';
import type { Lookup, StringList } from './string-list.js';
import type { SearchOperation } from './types.js';

export type { SearchOperation, Lookup };

export interface SearchIndexData extends Lookups {
  readonly opCount: number;
  /** Per operation: name, short summary, required members joined by commas, deprecated flag. */
  readonly opNames: StringList;
  readonly opSummaries: StringList;
  readonly opRequired: StringList;
  /** The required members with compact types on one line (the catalog's `requires`), or ''. */
  readonly opRequires: StringList;
  readonly opDeprecated: Uint8Array;
  readonly services: readonly ServiceEntry[];
  readonly opService: Uint32Array;
  /** Operations of service s are ops[svcStart[s] .. svcStart[s+1]). */
  readonly svcStart: Uint32Array;
  readonly termIds: Lookup;
  readonly idf: Float32Array;
  /** 1 when a term occurs in a name, summary or service name (not only in documentation). */
  readonly salient: Uint8Array;
  /** 1 when a term occurs among an operation name's object words or in a service name. */
  readonly nameLike: Uint8Array;
  readonly opPostStart: Uint32Array;
  readonly opPostOp: Uint32Array;
  readonly opPostTf: Float32Array;
  readonly svcPostStart: Uint32Array;
  readonly svcPostSvc: Uint32Array;
  readonly svcPostTf: Float32Array;
  /** Object words of each operation name (term ids): ops i's are nameTerms[nameStart[i]..nameStart[i+1]). */
  readonly nameStart: Uint32Array;
  readonly nameTerms: Uint32Array;
  /** Distinct term ids of each operation's asked words (data/asked.ts): op i's are
   * askedTerms[askedStart[i] .. askedStart[i+1]). */
  readonly askedStart: Uint32Array;
  readonly askedTerms: Uint32Array;
  /** Inverse of nameTerms: term t names operations namePostOp[namePostStart[t] .. namePostStart[t+1]). */
  readonly namePostStart: Uint32Array;
  readonly namePostOp: Uint32Array;
  /** The same words unstemmed (ids in rawWordIds), for telling `Databases` from `Database`. */
  readonly rawNameStart: Uint32Array;
  readonly rawNameWords: Uint32Array;
  readonly rawWordIds: Lookup;
  /** Verb ids of each operation: primary, and secondary (0xffff when none). */
  readonly opVerb: Uint16Array;
  readonly opVerb2: Uint16Array;
  readonly verbIds: ReadonlyMap<string, number>;
  /** verb id -> verb */
  readonly verbNames: readonly string[];
  readonly prior: Float32Array;
  /** Stemmed name words joined by spaces -> operations. */
  readonly nameKeys: SortedTable<number>;
  /** compactName(operation name) -> operations. */
  readonly exactNames: SortedTable<number>;
  /** Service name key -> [service index, strength 0..1]. */
  readonly serviceKeys: SortedTable<readonly [number, number]>;
  readonly fuzzy: FuzzyVocabulary;
}

export function buildIndexData(catalog: Catalog): SearchIndexData {
  const { services, ops, opService, svcStart } = operationsByService(catalog);
  const nOps = ops.length;
  // Term ids in first-seen order: operations' fields first, then service names.
  const termIds = new Map<string, number>();
  const fields = readOperationFields(ops, termIds);
  const weighed = weighOperationFields(nOps, termIds.size, fields);
  const svcPairs = serviceNameTerms(services, termIds);
  const post = buildPostings(nOps, svcStart, termIds.size, weighed, svcPairs);
  const { verbIds } = fields;
  return {
    opCount: nOps,
    opNames: ops.map((o) => o.name),
    opSummaries: ops.map((o) => shortSummary(o.summary).replace(/\n/g, ' ')),
    opRequired: ops.map((o) => o.requiredMembers.join(',')),
    opRequires: ops.map((o) => o.requires ?? ''),
    opDeprecated: Uint8Array.from(ops, (o) => (o.deprecated ? 1 : 0)),
    services,
    opService,
    svcStart,
    termIds,
    // Key order is the cache file's section order (binary-record.ts): keep it as it is.
    idf: post.idf,
    salient: post.salient,
    nameLike: post.nameLike,
    opPostStart: post.opPostStart,
    opPostOp: post.opPostOp,
    opPostTf: post.opPostTf,
    svcPostStart: post.svcPostStart,
    svcPostSvc: post.svcPostSvc,
    svcPostTf: post.svcPostTf,
    nameStart: weighed.nameStart,
    nameTerms: Uint32Array.from(weighed.nameTermList),
    namePostStart: post.namePostStart,
    namePostOp: post.namePostOp,
    rawNameStart: fields.rawNameStart,
    rawNameWords: Uint32Array.from(fields.rawNameWords),
    rawWordIds: fields.rawWordIds,
    opVerb: fields.opVerb,
    opVerb2: fields.opVerb2,
    verbIds,
    verbNames: [...verbIds.keys()],
    prior: fields.prior,
    nameKeys: idTable(fields.nameKeys),
    exactNames: idTable(fields.exactNames),
    serviceKeys: new SortedTable(tableData(serviceKeyTable(services)), pairOf),
    fuzzy: buildFuzzyVocabulary(fields.nameWordCounts, services),
    ...buildLookups(ops, services),
    askedStart: weighed.askedStart,
    askedTerms: Uint32Array.from(weighed.askedTermList),
  };
}

/** Operations grouped by service (catalog order), so a service's operations are one range. */
function operationsByService(catalog: Catalog) {
  const services = [...catalog.services()];
  const svcIndex = new Map(services.map((s, i) => [s.id, i]));
  const ops = [...catalog.operations()]
    .filter((o) => svcIndex.has(o.service))
    .sort((a, b) => svcIndex.get(a.service)! - svcIndex.get(b.service)!);
  const nOps = ops.length;
  const opService = new Uint32Array(nOps);
  const svcStart = new Uint32Array(services.length + 1);
  for (let i = 0; i < nOps; i++) opService[i] = svcIndex.get(ops[i]!.service)!;
  for (let i = 0, s = 0; s <= services.length; s++) {
    while (i < nOps && opService[i]! < s) i++;
    svcStart[s] = i;
  }
  return { services, ops, opService, svcStart };
}

/** Service names: one unit of the service field per distinct term, as [term, service] pairs. */
function serviceNameTerms(
  services: readonly ServiceEntry[],
  termIds: Map<string, number>,
): Array<[number, number]> {
  const svcPairs: Array<[number, number]> = [];
  for (let s = 0; s < services.length; s++) {
    const svc = services[s]!;
    const terms = new Set<number>();
    for (const name of [svc.id, svc.title, svc.sdkId, ...svc.aliases]) {
      for (const t of analyze(name)) terms.add(idOf(termIds, t));
      terms.add(idOf(termIds, stem(compactName(name))));
    }
    for (const t of terms) svcPairs.push([t, s]);
  }
  return svcPairs;
}

/** The CSR posting lists, idf, and the per-term flags, once every term has its id. */
function buildPostings(
  nOps: number,
  svcStart: Uint32Array,
  nTerms: number,
  w: WeighedFields,
  svcPairs: ReadonlyArray<[number, number]>,
) {
  const opPost = toCsr(nTerms, w.postTerm, w.postOp, w.postTf);
  const svcPost = toCsr(
    nTerms,
    fromArray(svcPairs.map((p) => p[0])),
    fromArray(svcPairs.map((p) => p[1])),
    fromArray(
      svcPairs.map(() => FIELDS.service.weight),
      'f32',
    ),
  );
  const idf = computeIdf(nOps, svcStart, opPost, svcPost);
  const nameOps = new Growable();
  const nameTermsG = new Growable();
  const nameTf = new Growable('f32');
  for (let i = 0; i < nOps; i++) {
    for (let p = w.nameStart[i]!; p < w.nameStart[i + 1]!; p++) {
      nameTermsG.push(w.nameTermList[p]!);
      nameOps.push(i);
      nameTf.push(0);
    }
  }
  const namePost = toCsr(nTerms, nameTermsG, nameOps, nameTf);
  const salient = new Uint8Array(nTerms);
  salient.set(w.salient.subarray(0, Math.min(nTerms, w.salient.length)));
  const nameLike = new Uint8Array(nTerms);
  for (const t of w.nameTermList) nameLike[t] = 1;
  for (const [t] of svcPairs) salient[t] = nameLike[t] = 1;
  return {
    idf,
    salient,
    nameLike,
    opPostStart: opPost.start,
    opPostOp: opPost.ids,
    opPostTf: opPost.tf,
    svcPostStart: svcPost.start,
    svcPostSvc: svcPost.ids,
    svcPostTf: svcPost.tf,
    namePostStart: namePost.start,
    namePostOp: namePost.ids,
  };
}

const RISKS = ['read', 'sensitive-read', 'write', 'destructive'] as const;

/** What search shows of operation i. */
export function operationAt(ix: SearchIndexData, i: number): SearchOperation {
  const required = ix.opRequired.at(i)!;
  const requires = ix.opRequires.at(i)!;
  return {
    service: ix.services[ix.opService[i]!]!.id,
    name: ix.opNames.at(i)!,
    summary: ix.opSummaries.at(i)!,
    risk: RISKS[ix.opRisk[i]!]!,
    deprecated: ix.opDeprecated[i] === 1,
    requiredMembers: required === '' ? [] : required.split(','),
    ...(requires === '' ? {} : { requires }),
  };
}
