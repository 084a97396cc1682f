// One real catalog over the shared model bundle and one search index over it, per test file.

import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { openCatalog } from '../../../src/catalog/open.js';
import type { Catalog } from '../../../src/catalog/types.js';
import { discoverModels } from '../../../src/model/source/discover.js';
import { readModelFile } from '../../../src/model/source/read.js';
import { createSearchIndex } from '../../../src/search/search-index.js';
import type { SearchIndex } from '../../../src/search/types.js';
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
