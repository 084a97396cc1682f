// Child process of bench/search.ts: the first search in a fresh process, as a fresh server
// makes it (catalog opened from its cache, then the search module imported, the index loaded
// from its cache file and one query answered). Prints one JSON line of timings.
// Usage: node --import tsx bench/search-first.ts <cacheDir>

import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { openCatalog } from '../src/catalog/open.js';
import { discoverModels } from '../src/model/source/discover.js';
import { readModelFile } from '../src/model/source/read.js';
import { TEST_MODELS_DIR } from '../test/helpers/paths.js';

const cacheDir = path.resolve(process.argv[2] ?? '.cache/bench-catalog');
const commit = execFileSync('git', ['-C', TEST_MODELS_DIR, 'rev-parse', 'HEAD']).toString().trim();
const catalog = await openCatalog({
  tree: { root: TEST_MODELS_DIR, commit, files: discoverModels(TEST_MODELS_DIR) },
  cacheDir,
  readModel: readModelFile,
});
// The module import is timed apart: here tsx transpiles it, in a built server it is part of
// the bundle the server has already loaded.
const t0 = performance.now();
const { loadSearchIndex } = await import('../src/search/search-index.js');
const importMs = performance.now() - t0;
const cpu0 = process.cpuUsage();
const t1 = performance.now();
const index = await loadSearchIndex(catalog, { cacheDir });
const loadMs = performance.now() - t1;
const answer = index.search({ query: 'list my s3 buckets', filter: () => 'allow' });
const ms = performance.now() - t1;
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    importMs,
    loadMs,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rss: process.memoryUsage().rss,
    first: answer.results[0]?.operation,
  }),
);
