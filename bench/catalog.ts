// Benchmark of the operation catalog: cold build from a fresh clone of the model bundle, warm
// open from the on-disk cache, and memory. Each measurement runs in a fresh child process so
// start-up costs and RSS are what a server restart would see.
//
//   npm run bench:catalog            (SMITHY_SYNC_URL or SHARED_DIR override the bundle location)
//
// Goals: cold build <= 10 s, warm open <= 300 ms (to first tools/list), RSS after warm <= 150 MB.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCatalog } from '../src/catalog/open.js';
import { syncModels } from '../src/model/source/sync.js';
import { readModelFile } from '../src/model/source/read.js';

const HERE = fileURLToPath(import.meta.url);
const REPO_ROOT = path.resolve(path.dirname(HERE), '..');
// Same lookup as the tests (test/helpers/paths.ts), recomputed: bench must not import test code.
const SHARED_DIR = process.env.SHARED_DIR ?? path.resolve(REPO_ROOT, '..', 'shared');
const BUNDLE = process.env.SMITHY_SYNC_URL ?? path.join(SHARED_DIR, 'smithy', 'api-models-aws.bundle');
const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 7);

interface ChildReport {
  readonly syncMs: number;
  readonly openMs: number;
  /** Milliseconds from process start (performance.timeOrigin) to a ready catalog. */
  readonly sinceStartMs: number;
  readonly services: number;
  readonly operations: number;
  readonly rssMb: number;
  readonly heapMb: number;
  readonly maxRssMb: number;
  /** First call after a lazy warm open: deserialize the cached data and index it. */
  readonly firstUseMs: number;
  readonly rssAfterUseMb: number;
  readonly firstResolveMs: number;
  readonly loadEc2Ms: number;
  readonly rssAfterEc2Mb: number;
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Child mode: one server-like start (local sync check + openCatalog), reported as JSON. */
async function child(modelPath: string, cacheDir: string): Promise<void> {
  const t0 = performance.now();
  const { tree } = await syncModels({ autoSync: false, syncUrl: BUNDLE, modelPath });
  const t1 = performance.now();
  const catalog = await openCatalog({ tree, cacheDir, readModel: readModelFile });
  const t2 = performance.now();
  const mem = process.memoryUsage();
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const u0 = performance.now();
  const services = catalog.services().length;
  const firstUseMs = performance.now() - u0;
  const rssAfterUseMb = mb(process.memoryUsage().rss);
  const r0 = performance.now();
  catalog.resolveOperation('s3api', 'list-buckets');
  const r1 = performance.now();
  await catalog.loadModel('ec2');
  const r2 = performance.now();
  const report: ChildReport = {
    syncMs: t1 - t0,
    openMs: t2 - t1,
    sinceStartMs: t2,
    services,
    operations: catalog.operations().length,
    rssMb: mb(mem.rss),
    heapMb: mb(mem.heapUsed),
    maxRssMb,
    firstUseMs,
    rssAfterUseMb,
    firstResolveMs: r1 - r0,
    loadEc2Ms: r2 - r1,
    rssAfterEc2Mb: mb(process.memoryUsage().rss),
  };
  process.stdout.write(JSON.stringify(report));
}

/** Runs a child under tsx (like `npm run`), or as plain node on a bundled script when given. */
function runChild(modelPath: string, cacheDir: string, bundled?: string): ChildReport {
  const args = bundled ? [bundled] : [...process.execArgv, HERE];
  const res = spawnSync(process.execPath, [...args, '--child', modelPath, cacheDir], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    env: { ...process.env, SMITHY_SYNC_URL: BUNDLE },
  });
  if (res.status !== 0) throw new Error(`child failed (${res.status}): ${res.stderr}`);
  return JSON.parse(res.stdout) as ChildReport;
}

/** The child as one plain-JS file (esbuild comes with tsx), so start-up excludes the tsx loader. */
async function bundleChild(work: string): Promise<string | undefined> {
  try {
    const esbuild = await import('esbuild');
    const outfile = path.join(work, 'catalog-child.mjs');
    await esbuild.build({
      entryPoints: [HERE],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'silent',
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
    return outfile;
  } catch (e) {
    console.error(`bundling the child failed, skipping plain-node runs: ${(e as Error).message}`);
    return undefined;
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-catalog-'));
  const modelPath = path.join(work, 'models');
  const cacheDir = path.join(work, 'cache');
  try {
    const c0 = performance.now();
    const synced = await syncModels({ autoSync: true, syncUrl: BUNDLE, modelPath });
    const cloneMs = performance.now() - c0;
    console.log(`bundle: ${BUNDLE}\ncommit: ${synced.tree.commit} (${synced.tree.files.length} model files)`);
    const load = os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    console.log(`machine: ${os.cpus().length} cores, Node ${process.version}, load average ${load}\n`);

    const cold = runChild(modelPath, cacheDir);
    const warm = Array.from({ length: WARM_RUNS }, () => runChild(modelPath, cacheDir));
    const col = (k: keyof ChildReport): number[] => warm.map((w) => w[k]);
    const bareNode = median(
      Array.from({ length: WARM_RUNS }, () => {
        const t = performance.now();
        spawnSync(process.execPath, ['-e', '']);
        return performance.now() - t;
      }),
    );
    const bundled = await bundleChild(work);
    const plain = bundled
      ? Array.from({ length: WARM_RUNS }, () => runChild(modelPath, cacheDir, bundled))
      : [];
    const plainCol = (k: keyof ChildReport): string =>
      plain.length > 0 ? fmt(median(plain.map((w) => w[k]))) : 'n/a';

    const rows: Array<[string, string, string]> = [
      ['git clone of the bundle (syncModels)', `${fmt(cloneMs)} ms`, ''],
      ['cold: openCatalog (parse all models, build, write cache)', `${fmt(cold.openMs)} ms`, '<= 10000 ms'],
      ['cold: peak RSS of the build process', `${cold.maxRssMb} MB`, ''],
      ['cold: RSS after build', `${cold.rssMb} MB`, ''],
      [`warm: openCatalog from cache (median of ${WARM_RUNS})`, `${fmt(median(col('openMs')))} ms`, ''],
      ['warm: first use (deserialize + index, lazy)', `${fmt(median(col('firstUseMs')))} ms`, ''],
      ['warm: local sync check (git, discovery)', `${fmt(median(col('syncMs')))} ms`, ''],
      ['baseline: `node -e ""` start and exit (machine speed)', `${fmt(bareNode)} ms`, ''],
      ['warm: process start -> catalog ready (tsx)', `${fmt(median(col('sinceStartMs')))} ms`, ''],
      [
        'warm: process start -> catalog ready (plain node, bundled)',
        `${plainCol('sinceStartMs')} ms`,
        '<= 300 ms*',
      ],
      [
        'warm: process start -> first use done (plain node, bundled)',
        `${plain.length > 0 ? fmt(median(plain.map((w) => w.sinceStartMs + w.firstUseMs))) : 'n/a'} ms`,
        '',
      ],
      ['warm: RSS after first use (plain node, bundled)', `${plainCol('rssAfterUseMb')} MB`, '<= 150 MB'],
      ['warm: RSS after open', `${median(col('rssMb'))} MB`, '<= 150 MB'],
      ['warm: RSS after first use', `${median(col('rssAfterUseMb'))} MB`, '<= 150 MB'],
      ['warm: heap used after open', `${median(col('heapMb'))} MB`, ''],
      ['warm: first resolveOperation', `${fmt(median(col('firstResolveMs')))} ms`, ''],
      ['warm: first loadModel(ec2) (largest model)', `${fmt(median(col('loadEc2Ms')))} ms`, ''],
      ['warm: RSS after loading ec2', `${median(col('rssAfterEc2Mb'))} MB`, ''],
    ];
    console.log(`services: ${cold.services}, operations: ${cold.operations}\n`);
    console.log('| measure | value | goal |\n|---|---|---|');
    for (const [k, v, g] of rows) console.log(`| ${k} | ${v} | ${g} |`);
    console.log(
      '\n* Node start-up, module loading, local sync check and openCatalog; the lead measures the MCP server part.',
    );
    console.log(`warm openCatalog runs (ms): ${col('openMs').map(fmt).join(', ')}`);
    console.log(`warm first-use runs (ms): ${col('firstUseMs').map(fmt).join(', ')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  await child(process.argv[3]!, process.argv[4]!);
} else {
  await main();
}
