// The search engine's public shapes: what aws_search_operations passes in and gets back.

import type { OperationEntry, Risk, ServiceEntry } from '../catalog/types.js';

/** What search knows of an operation: enough to show it and to decide policy on it. */
export type SearchOperation = Pick<
  OperationEntry,
  'service' | 'name' | 'summary' | 'risk' | 'deprecated' | 'requiredMembers' | 'requires'
>;

/** A policy verdict for one operation, computed by the caller (search never imports policy/). */
export type FilterVerdict = 'allow' | 'deny' | 'confirm';

export interface SearchRequest {
  /** What the user wants to do, in words, CLI style or as an operation name (1-256 chars). */
  readonly query: string;
  /** Any service name or alias; narrows the results to that service. */
  readonly serviceHint?: string;
  /** 1-50, default 10. */
  readonly limit?: number;
  /**
   * Policy verdict per operation; denied operations are hidden unless `denied: 'mark'`. The
   * service entry is passed along so the caller needs no catalog lookup per result.
   */
  readonly filter?: (entry: SearchOperation, service: ServiceEntry) => FilterVerdict;
  /** What to do with denied operations: drop them (default) or keep them marked `denied`. */
  readonly denied?: 'hide' | 'mark';
}

export interface SearchResult {
  readonly service: string;
  readonly operation: string;
  readonly summary: string;
  readonly risk: Risk;
  /** 0-1, best first; 1 means an exact operation name. Comparable within one query only. */
  readonly score: number;
  /** Required input member names, when there are any. */
  readonly required?: readonly string[];
  /**
   * The required members with compact types on one line (`Bucket: string, Key: string`), from
   * the index: a caller needs no catalog lookup to show what a hit requires.
   */
  readonly requires?: string;
  readonly deprecated?: true;
  /** Present with `denied: 'mark'`: policy would refuse this call. */
  readonly denied?: true;
  /** Policy allows this call only after human approval. */
  readonly needsApproval?: true;
}

export interface SearchResponse {
  readonly results: readonly SearchResult[];
  /** How many matching operations the policy filter hid. */
  readonly hiddenByPolicy?: number;
  /** Typo corrections applied to the query (typed -> used). */
  readonly corrected?: Readonly<Record<string, string>>;
  /**
   * Set when the query names a concept rather than a service or an operation and the best
   * results come from several services: those services, one line each, so the caller can
   * search again with one of them as `serviceHint`.
   */
  readonly serviceCandidates?: readonly ServiceCandidate[];
  /** Set when nothing matched: why, and what to try instead. */
  readonly noResults?: { readonly reason: string; readonly suggestions: readonly string[] };
}

export interface ServiceCandidate {
  readonly service: string;
  /** The service's title and what it is for, in one line. */
  readonly summary: string;
}

export interface SearchIndex {
  search(request: SearchRequest): SearchResponse;
  readonly stats: { readonly operations: number; readonly services: number; readonly terms: number };
}
