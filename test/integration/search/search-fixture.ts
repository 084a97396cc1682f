// One real catalog over the shared model bundle and one search index over it (and, for a file
// that asks, the index data), per test file.

import path from 'node:path';
import { beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { openCatalog } from '../../../src/catalog/open.js';
import type { Catalog } from '../../../src/catalog/types.js';
import { discoverModels } from '../../../src/model/source/discover.js';
import { readModelFile } from '../../../src/model/source/read.js';
import { buildIndexData, type SearchIndexData } from '../../../src/search/index-build.js';
import { createSearchIndex } from '../../../src/search/search-index.js';
import type { SearchIndex, SearchResult } from '../../../src/search/types.js';
import { REPO_ROOT, TEST_MODELS_DIR } from '../../helpers/paths.js';

export async function openBundleSearch(): Promise<{ catalog: Catalog; index: SearchIndex }> {
  const commit = execFileSync('git', ['-C', TEST_MODELS_DIR, 'rev-parse', 'HEAD']).toString().trim();
  const catalog = await openCatalog({
    tree: { root: TEST_MODELS_DIR, commit, files: discoverModels(TEST_MODELS_DIR) },
    cacheDir: path.join(REPO_ROOT, '.cache', 'test-catalog-search'),
    readModel: readModelFile,
  });
  return { catalog, index: createSearchIndex(catalog) };
}

/** What a test file asks of the bundle's index: the results, or their `service:Operation` names. */
export interface BundleSearch {
  search(query: string, n: number): readonly SearchResult[];
  top(query: string, n: number): string[];
}

/** Opens the bundle's search index before the calling file's tests run. */
export function useBundleSearch(): BundleSearch {
  return openBefore(false);
}

/**
 * The same, plus the index data built over the same catalog (buildIndexData), for a file that
 * also calls the search's readers on it; `indexData()` gives it once the file's tests run.
 */
export function useBundleIndexData(): BundleSearch & { indexData(): SearchIndexData } {
  return openBefore(true);
}

function openBefore(withData: boolean): BundleSearch & { indexData(): SearchIndexData } {
  let index: SearchIndex | undefined;
  let data: SearchIndexData | undefined;
  beforeAll(async () => {
    const opened = await openBundleSearch();
    index = opened.index;
    if (withData) data = buildIndexData(opened.catalog);
  });
  const search = (query: string, n: number) => index!.search({ query, limit: n }).results;
  return {
    search,
    top: (query, n) => search(query, n).map((r) => `${r.service}:${r.operation}`),
    indexData: () => data!,
  };
}
