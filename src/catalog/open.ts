// Entry point: a Catalog for a model tree, read from the on-disk cache when this commit was seen
// before, otherwise built from the models and cached for the next start.

import type { ModelTree } from '../model/model-tree.js';
import { buildCatalog, treeFingerprint } from './build.js';
import { cacheFilePath, readCatalogCache, writeCatalogCache } from './cache.js';
import { ModelCatalog } from './catalog.js';
import type { CatalogData, CatalogLogger, ReadModel } from './data-format.js';

export const DEFAULT_LRU_SIZE = 16;

export interface OpenCatalogOptions {
  readonly tree: ModelTree;
  /** Directory for catalog cache files (created when missing). */
  readonly cacheDir: string;
  /** Reads one model file; model/source provides it so only model/ touches model files. */
  readonly readModel: ReadModel;
  /** How many full service models stay in memory (default 16). */
  readonly lruSize?: number;
  readonly logger?: CatalogLogger;
}

/** Builds (cold) or reads (warm) the catalog data without wrapping it; for tools and benchmarks. */
export async function loadCatalogData(opts: OpenCatalogOptions): Promise<CatalogData> {
  const { tree, logger } = opts;
  const fingerprint = treeFingerprint(tree);
  const cacheable = tree.commit !== '';
  const file = cacheFilePath(opts.cacheDir, tree.commit);
  if (cacheable) {
    const cached = await readCatalogCache(file, { commit: tree.commit, fingerprint }, logger);
    if (cached) {
      logger?.debug('catalog: loaded from cache', { commit: tree.commit, services: cached.services.length });
      return cached;
    }
  }
  const started = Date.now();
  const data = await buildCatalog(tree, opts.readModel, logger);
  logger?.info('catalog: built', {
    commit: tree.commit,
    services: data.services.length,
    operations: data.operations.length,
    ms: Date.now() - started,
  });
  if (cacheable) {
    try {
      await writeCatalogCache(file, data);
    } catch (e) {
      // a read-only cache dir costs a rebuild next start, not a failed start now
      logger?.warn('catalog: could not write cache', { error: e instanceof Error ? e.message : String(e) });
    }
  }
  return data;
}

export async function openCatalog(opts: OpenCatalogOptions): Promise<ModelCatalog> {
  const data = await loadCatalogData(opts);
  return new ModelCatalog(data, {
    tree: opts.tree,
    readModel: opts.readModel,
    lruSize: opts.lruSize ?? DEFAULT_LRU_SIZE,
    logger: opts.logger,
  });
}
