// Benchmark of model sync: cold clone of the model bundle, warm re-sync with auto-sync on (one
// `git ls-remote`), warm start with auto-sync off and at a pinned commit (no git), an update that
// fetches one new upstream commit through the shallow path, and model discovery alone.
// Writes bench/results-model-sync.md.
//
//   npx tsx bench/model-sync.ts [--no-write]    (SHARED_DIR or SMITHY_SYNC_URL override the bundle)

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverModels } from '../src/model/source/discover.js';
import { syncModels } from '../src/model/source/sync.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_DIR = process.env.SHARED_DIR ?? path.resolve(REPO_ROOT, '..', 'shared');
const BUNDLE = process.env.SMITHY_SYNC_URL ?? path.join(SHARED_DIR, 'smithy', 'api-models-aws.bundle');
const MAIN = '339d6b9c3e43178e84baf4dc0503807c82021761';

interface Row {
  readonly step: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
}

async function measure(step: string, runs: number, fn: () => Promise<unknown>): Promise<Row> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const own = await fn();
    // A step that does set-up first returns the duration of its measured part itself.
    times.push(typeof own === 'number' ? own : performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const r = (n: number): number => Math.round(n * 10) / 10;
  return {
    step,
    runs,
    medianMs: r(times[Math.floor(times.length / 2)]!),
    minMs: r(times[0]!),
    maxMs: r(times[times.length - 1]!),
  };
}

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-sync-'));
  const rows: Row[] = [];
  try {
    let n = 0;
    rows.push(
      await measure('cold clone (bundle, 403 services)', 3, () =>
        syncModels({ autoSync: true, syncUrl: BUNDLE, modelPath: path.join(dir, `c${n++}`) }),
      ),
    );
    const modelPath = path.join(dir, 'c0');
    rows.push(
      await measure('warm re-sync, auto-sync on (unchanged)', 10, () =>
        syncModels({ autoSync: true, syncUrl: BUNDLE, modelPath }),
      ),
    );
    rows.push(
      await measure('warm start, auto-sync off', 10, () =>
        syncModels({ autoSync: false, syncUrl: BUNDLE, modelPath }),
      ),
    );
    rows.push(
      await measure('warm start, at pinned commit', 10, () =>
        syncModels({ autoSync: true, syncUrl: BUNDLE, modelPath, pinnedCommit: MAIN }),
      ),
    );
    rows.push(
      await measure('discoverModels alone', 20, async () => {
        discoverModels(modelPath);
      }),
    );

    // Updates: an upstream repo gets one new commit, a shallow file:// clone fetches it.
    const upstream = path.join(dir, 'upstream');
    execFileSync('git', ['clone', '--quiet', BUNDLE, upstream]);
    const shallow = path.join(dir, 'shallow');
    await syncModels({ autoSync: true, syncUrl: `file://${upstream}`, modelPath: shallow });
    let k = 0;
    rows.push(
      await measure('update: fetch + checkout one new commit (shallow)', 3, async () => {
        const name = `benchsvc${k++}`;
        const file = path.join(upstream, name, 'service', '2024-01-01', `${name}-2024-01-01.json`);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, '{"smithy":"2.0","shapes":{}}');
        git(upstream, 'add', '--', name);
        git(upstream, 'commit', '--quiet', '-m', name);
        const t = performance.now();
        const r = await syncModels({
          autoSync: true,
          syncUrl: `file://${upstream}`,
          modelPath: shallow,
        });
        if (r.action !== 'updated') throw new Error(`expected updated, got ${r.action}`);
        return performance.now() - t;
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const header = '| step | runs | median ms | min ms | max ms |\n|---|---:|---:|---:|---:|';
  const table = [
    header,
    ...rows.map((r) => `| ${r.step} | ${r.runs} | ${r.medianMs} | ${r.minMs} | ${r.maxMs} |`),
  ].join('\n');
  console.log(table);
  if (!process.argv.includes('--no-write')) {
    const md =
      `## Model sync (model/source)\n\n` +
      `Command: \`npx tsx bench/model-sync.ts\`; machine: ${os.cpus().length}-core, Node ${process.versions.node}, ` +
      `git ${execFileSync('git', ['--version'], { encoding: 'utf8' }).trim().replace('git version ', '')}; ` +
      `other work was running on the same cores, so treat figures as upper bounds.\n\n` +
      `${table}\n`;
    writeFileSync(path.join(REPO_ROOT, 'bench', 'results-model-sync.md'), md);
  }
}

await main();
