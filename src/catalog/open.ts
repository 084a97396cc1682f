// Entry point: a Catalog for a model tree, read from the on-disk cache when this commit was seen
// before, otherwise built from the models and cached for the next start.

import type { ModelTree } from '../model/model-tree.js';
import { buildCatalog, treeFingerprint } from './build.js';
import {
  cacheFilePath,
  pruneCatalogCaches,
  readCatalogCache,
  writeCatalogCache,
  type CachedCatalog,
} from './cache.js';
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
  /**
   * On a cache hit, decode every service's operations now instead of on first use (default
   * false: a warm start stays fast, and a server decodes only the services it is asked about).
   */
  readonly eager?: boolean;
}

async function fromCache(opts: OpenCatalogOptions): Promise<CachedCatalog | undefined> {
  const { tree, logger } = opts;
  if (tree.commit === '') return undefined; // an unversioned tree has nothing to key a cache on
  const file = cacheFilePath(opts.cacheDir, tree.commit);
  const cached = await readCatalogCache(
    file,
    { commit: tree.commit, fingerprint: treeFingerprint(tree) },
    logger,
  );
  if (cached) logger?.debug('catalog: cache hit', { commit: tree.commit });
  return cached;
}

async function buildAndCache(opts: OpenCatalogOptions): Promise<CatalogData> {
  const { tree, logger } = opts;
  const started = Date.now();
  const data = await buildCatalog(tree, opts.readModel, logger);
  logger?.info('catalog: built', {
    commit: tree.commit,
    services: data.services.length,
    operations: data.operations.length,
    ms: Date.now() - started,
  });
  if (data.unavailable.length > 0) {
    // not cached: the next start reads the broken files again (a re-sync may have fixed them)
    logger?.warn('catalog: not caching a catalog with unreadable models', {
      files: data.unavailable.map((u) => u.modelPath),
    });
  } else if (tree.commit !== '') {
    const file = cacheFilePath(opts.cacheDir, tree.commit);
    try {
      await writeCatalogCache(file, data);
      await pruneCatalogCaches(opts.cacheDir, file);
    } catch (e) {
      // a read-only cache dir costs a rebuild next start, not a failed start now
      logger?.warn('catalog: could not write cache', { error: e instanceof Error ? e.message : String(e) });
    }
  }
  return data;
}

export async function openCatalog(opts: OpenCatalogOptions): Promise<ModelCatalog> {
  const settings = {
    tree: opts.tree,
    readModel: opts.readModel,
    lruSize: opts.lruSize ?? DEFAULT_LRU_SIZE,
    logger: opts.logger,
  };
  const cached = await fromCache(opts);
  if (cached && !opts.eager) return new ModelCatalog(cached, settings);
  if (cached) {
    try {
      const catalog = new ModelCatalog(cached, settings);
      catalog.operations(); // every section read and decoded now
      return catalog;
    } catch (e) {
      opts.logger?.warn('catalog: cache body unreadable; rebuilding', {
        error: e instanceof Error ? e.message : String(e),
      });
    }
  }
  return new ModelCatalog(await buildAndCache(opts), settings);
}
