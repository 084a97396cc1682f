// Benchmark of aws_search_operations' engine over the whole model bundle: ranking quality on
// bench/search-queries.jsonl (top-1, top-5, MRR overall, by kind and by dev/holdout split), index
// build time, query latency (p50/p99) and the index's memory. Writes bench/results-search.md.
// Usage: npm run bench:search [-- --failures] [-- --no-write]

import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { openCatalog } from '../src/catalog/open.js';
import { discoverModels } from '../src/model/source/discover.js';
import { readModelFile } from '../src/model/source/read.js';
import { createSearchIndex } from '../src/search/search-index.js';
import { REPO_ROOT, TEST_MODELS_DIR } from '../test/helpers/paths.js';
import setupTestModels from '../test/global-setup.js';

interface Case {
  query: string;
  expected: string[];
  kind: string;
  serviceHint?: string;
  split: 'dev' | 'holdout';
}

const args = new Set(process.argv.slice(2));
const cases: Case[] = readFileSync(path.join(REPO_ROOT, 'bench', 'search-queries.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

setupTestModels();
const root = TEST_MODELS_DIR;
const commit = execFileSync('git', ['-C', root, 'rev-parse', 'HEAD']).toString().trim();
const catalog = await openCatalog({
  tree: { root, commit, files: discoverModels(root) },
  cacheDir: path.join(REPO_ROOT, '.cache', 'bench-catalog'),
  readModel: readModelFile,
});
catalog.operations(); // warm

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const rssBefore = process.memoryUsage().rss;
const heapBefore = process.memoryUsage().heapUsed;
let t0 = performance.now();
const index = createSearchIndex(catalog);
const firstBuild = performance.now() - t0;
gc?.();
const rssDelta = process.memoryUsage().rss - rssBefore;
const heapDelta = process.memoryUsage().heapUsed - heapBefore;
const builds = [firstBuild];
for (let i = 0; i < 2; i++) {
  t0 = performance.now();
  createSearchIndex(catalog);
  builds.push(performance.now() - t0);
}
builds.sort((a, b) => a - b);

interface Outcome {
  c: Case;
  rank: number; // 1-based, 0 = not in top 10
  got: string[];
}
const outcomes: Outcome[] = cases.map((c) => {
  const res = index.search({ query: c.query, serviceHint: c.serviceHint, limit: 10 });
  const got = res.results.map((r) => `${r.service}:${r.operation}`);
  const pos = got.findIndex((g) => c.expected.includes(g));
  return { c, rank: pos + 1, got };
});

// Latency: every query 20 times, in rounds (no query runs twice in a row).
const times: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const c of cases) {
    const s = performance.now();
    index.search({ query: c.query, serviceHint: c.serviceHint, limit: 10 });
    times.push(performance.now() - s);
  }
}
times.sort((a, b) => a - b);
const pct = (p: number): number => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
const sizes = cases.map(
  (c) => JSON.stringify(index.search({ query: c.query, serviceHint: c.serviceHint, limit: 10 })).length,
);

interface Row {
  group: string;
  n: number;
  top1: number;
  top5: number;
  mrr: number;
}
function row(group: string, os: Outcome[]): Row {
  const n = os.length;
  return {
    group,
    n,
    top1: os.filter((o) => o.rank === 1).length / n,
    top5: os.filter((o) => o.rank >= 1 && o.rank <= 5).length / n,
    mrr: os.reduce((a, o) => a + (o.rank ? 1 / o.rank : 0), 0) / n,
  };
}
const kinds = [...new Set(cases.map((c) => c.kind))].sort();
const rows: Row[] = [
  row('all', outcomes),
  row(
    'split: dev',
    outcomes.filter((o) => o.c.split === 'dev'),
  ),
  row(
    'split: holdout',
    outcomes.filter((o) => o.c.split === 'holdout'),
  ),
  ...kinds.map((k) =>
    row(
      `kind: ${k}`,
      outcomes.filter((o) => o.c.kind === k),
    ),
  ),
];
const pc = (x: number): string => `${(x * 100).toFixed(1)}%`;
const table = [
  '| group | n | top-1 | top-5 | MRR@10 |',
  '|---|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.group} | ${r.n} | ${pc(r.top1)} | ${pc(r.top5)} | ${r.mrr.toFixed(3)} |`),
].join('\n');
const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(1)} MB`;
const perf = [
  '| measure | value |',
  '|---|---:|',
  `| operations indexed | ${index.stats.operations} (${index.stats.services} services, ${index.stats.terms} terms) |`,
  `| index build (first / median of 3) | ${firstBuild.toFixed(0)} ms / ${builds[1]!.toFixed(0)} ms |`,
  `| query latency p50 / p99 (${times.length} queries) | ${pct(50).toFixed(2)} ms / ${pct(99).toFixed(2)} ms |`,
  `| RSS delta of one index${gc ? '' : ' (no --expose-gc: upper bound)'} | ${mb(rssDelta)} |`,
  `| JS heap delta of one index | ${mb(heapDelta)} |`,
  `| JSON size of a 10-result answer, max / median | ${Math.max(...sizes)} B / ${sizes.sort((a, b) => a - b)[sizes.length >> 1]} B |`,
].join('\n');

console.log(table);
console.log();
console.log(perf);
const failures = outcomes.filter((o) => o.rank !== 1);
if (args.has('--failures')) {
  console.log('\nNot first (split, kind, query, expected -> rank, top 3):');
  for (const o of failures) {
    if (args.has('--dev') && o.c.split !== 'dev') continue;
    console.log(
      `  [${o.c.split}/${o.c.kind}] ${o.c.query}${o.c.serviceHint ? ` (hint ${o.c.serviceHint})` : ''}\n` +
        `      want ${o.c.expected.join('|')} -> ${o.rank || '>10'}; got ${o.got.slice(0, 3).join(', ')}`,
    );
  }
}

if (!args.has('--no-write')) {
  const services = new Set(cases.map((c) => c.expected[0]!.split(':')[0]));
  const md = `## Search (issue 3: aws_search_operations engine)

Command: \`npm run bench:search\` (machine: ${os.cpus().length}-core ${os.cpus()[0]?.model ?? ''}, Node ${process.versions.node};
model bundle main commit, whole bundle). Query set: \`bench/search-queries.jsonl\`, ${cases.length} queries
over ${services.size} services; \`split: holdout\` queries (${cases.filter((c) => c.split === 'holdout').length}) were
assigned by hash before tuning and not inspected while tuning.

### Ranking quality
${table}

### Performance
${perf}
`;
  writeFileSync(path.join(REPO_ROOT, 'bench', 'results-search.md'), md);
}
