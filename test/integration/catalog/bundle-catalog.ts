// One catalog over the shared test bundle per test file, cached in .cache so that test files
// after the first one open it warm.

import path from 'node:path';
import { REPO_ROOT, TEST_MODELS_DIR } from '../../helpers/paths.js';
import { openCatalog } from '../../../src/catalog/open.js';
import type { ModelCatalog } from '../../../src/catalog/catalog.js';
import { discoverTree, readModelFile } from './model-fixture.js';

export const SHARED_CACHE_DIR = path.join(REPO_ROOT, '.cache', 'test-catalog');

export function openBundleCatalog(): Promise<ModelCatalog> {
  return openCatalog({
    tree: discoverTree(TEST_MODELS_DIR),
    cacheDir: SHARED_CACHE_DIR,
    readModel: readModelFile,
  });
}
