// One-command install: the tarball `npm pack` makes, installed into an empty directory (and
// globally, into a private prefix) with nothing from this repository, started by its bin over
// stdio and driven by a real MCP client: initialize, tools/list and a search on a first start
// that clones the shared model bundle. Only the package's own dependencies are installed, so a
// runtime import of a devDependency fails here.
// Install scripts are skipped and better-sqlite3's native addon is copied from this repository's
// install (same pinned version, same Node): its install script would fetch or compile that same
// file, which needs network or minutes of compiling, and is better-sqlite3's concern, not ours.

import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_MAIN_COMMIT, MODEL_BUNDLE, REPO_ROOT } from '../helpers/paths.js';
import { requireBuild, TEST_CATALOG_DIR } from '../helpers/server-env.js';
import { expectAnswersFromCommit } from '../helpers/until-synced.js';

const exec = promisify(execFile);
const npm = (args: string[], cwd: string) =>
  exec('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], {
    cwd,
    maxBuffer: 16 * 1024 * 1024,
  });
const ADDON = path.join('better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

function provideNativeAddon(nodeModules: string): void {
  mkdirSync(path.dirname(path.join(nodeModules, ADDON)), { recursive: true });
  copyFileSync(path.join(REPO_ROOT, 'node_modules', ADDON), path.join(nodeModules, ADDON));
}

const work = mkdtempSync(path.join(os.tmpdir(), 'packed-install-'));
let tarball: string;

beforeAll(async () => {
  requireBuild();
  // --ignore-scripts: pack the dist/ already built (prepare would rebuild it under running tests).
  const { stdout } = await npm(['pack', '--json', '--pack-destination', work], REPO_ROOT);
  tarball = path.join(work, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
}, 120_000);

describe('the packed tarball', () => {
  it('installs into an empty directory and serves a real client from its bin', async () => {
    const app = path.join(work, 'app');
    mkdirSync(app);
    await npm(['install', tarball], app);
    const installed = readdirSync(path.join(app, 'node_modules'));
    expect(installed).toContain('aws-tool-mcp');
    // Everything but the native SQLite module is inside the bundle: no SDK, zod or AWS packages.
    for (const bundled of ['zod', '@modelcontextprotocol', '@aws-sdk', '@smithy', 'yaml', 'ajv']) {
      expect(installed).not.toContain(bundled);
    }
    provideNativeAddon(path.join(app, 'node_modules'));

    const home = path.join(work, 'home');
    const client = new Client({ name: 'packed-install', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({
        command: path.join(app, 'node_modules', '.bin', 'aws-tool-mcp'),
        env: {
          PATH: process.env.PATH ?? '',
          HOME: home,
          SMITHY_SYNC_URL: MODEL_BUNDLE,
          AWS_MCP_CACHE_DIR: TEST_CATALOG_DIR, // the clone is fresh; the catalog built before
          LOG_LEVEL: 'warn',
        },
        stderr: 'pipe',
      }),
    );
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toContain('aws_search_operations');
      await expectAnswersFromCommit(client, BUNDLE_MAIN_COMMIT);
    } finally {
      await client.close();
    }
  }, 600_000);

  it('installs globally and runs as aws-tool-mcp', async () => {
    const prefix = path.join(work, 'global');
    await npm(['install', '--global', '--prefix', prefix, tarball], work);
    const bin = path.join(prefix, 'bin', 'aws-tool-mcp');
    expect(existsSync(bin)).toBe(true);
    provideNativeAddon(path.join(prefix, 'lib', 'node_modules', 'aws-tool-mcp', 'node_modules'));
    const { stdout } = await exec(bin, ['--version'], { env: { PATH: process.env.PATH ?? '', HOME: work } });
    expect(stdout.trim()).toMatch(/^aws-tool-mcp \d+\.\d+\.\d+$/m);
  }, 300_000);

  it('runs with one npx command', async () => {
    const { stdout } = await exec('npx', ['-y', `file:${tarball}`, '--version'], {
      cwd: work,
      env: { ...process.env, npm_config_ignore_scripts: 'true', npm_config_prefer_offline: 'true' },
    });
    expect(stdout.trim()).toMatch(/^aws-tool-mcp \d+\.\d+\.\d+$/m);
  }, 300_000);
});
