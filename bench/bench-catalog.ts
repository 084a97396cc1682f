// The catalog the search benchmarks rank over: the whole test model bundle, cached in
// .cache/bench-catalog (per model commit, like a server's).

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { ModelCatalog } from '../src/catalog/catalog.js';
import { openCatalog } from '../src/catalog/open.js';
import { discoverModels } from '../src/model/source/discover.js';
import { readModelFile } from '../src/model/source/read.js';
import { REPO_ROOT, TEST_MODELS_DIR } from '../test/helpers/paths.js';
import setupTestModels from '../test/global-setup.js';

export async function openBenchCatalog(): Promise<ModelCatalog> {
  setupTestModels();
  const root = TEST_MODELS_DIR;
  const commit = execFileSync('git', ['-C', root, 'rev-parse', 'HEAD']).toString().trim();
  return openCatalog({
    tree: { root, commit, files: discoverModels(root) },
    cacheDir: path.join(REPO_ROOT, '.cache', 'bench-catalog'),
    readModel: readModelFile,
  });
}
