// The catalog as plain data: what build produces, the cache stores and the Catalog serves.
// Bump CATALOG_SCHEMA_VERSION whenever the entries' shape or derivation code (aliases, risk,
// summaries) changes, so caches built by older code are rebuilt. Edits to the data tables in
// data/ need no bump: they are part of the cache fingerprint.

import type { OperationEntry, ServiceEntry } from './types.js';
import type { ModelFile } from '../model/ast.js';
import type { Logger } from '../logging/logger.js';

export const CATALOG_SCHEMA_VERSION = 8;

export interface CatalogData {
  readonly schemaVersion: number;
  readonly modelCommit: string;
  /** Hash of the chosen model files (directory/version), guarding against a re-pointed tree. */
  readonly fingerprint: string;
  readonly services: readonly ServiceEntry[];
  /** Grouped by service, in `services` order, model order within a service. */
  readonly operations: readonly OperationEntry[];
  /** Names several services claim equally: name -> canonical ids (none of them gets it). */
  readonly ambiguousNames: Readonly<Record<string, readonly string[]>>;
  /** Services whose model file could not be read: unavailable by name, never another's alias. */
  readonly unavailable: readonly UnavailableService[];
}

/** The catalog without its operations: every lookup of a service by name needs only this. */
export type CatalogHead = Omit<CatalogData, 'operations'>;

/**
 * What the catalog's index is built over: the head, and each service's operations on demand (a
 * cached catalog reads and decodes one service's from its file on first use; that may throw).
 */
export interface CatalogContent {
  readonly head: CatalogHead;
  /** Operations of `head.services[i]`, in model order. */
  readonly operationsAt: (i: number) => readonly OperationEntry[];
}

export interface UnavailableService {
  /** Canonical id (and model directory) the service would have had. */
  readonly id: string;
  readonly directory: string;
  /** The model file, relative to the models root. */
  readonly modelPath: string;
}

/** How the catalog reads one model file; model/source supplies the real one. */
export type ReadModel = (path: string) => ModelFile | Promise<ModelFile>;

/** The shared stderr logger interface (never stdout: that is the MCP channel). */
export type CatalogLogger = Logger;
