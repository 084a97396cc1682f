// Shared set-up for the sync tests: temp caches, an upstream repository made from the model
// bundle that tests can add commits to, and a child process that runs one sync.

import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isToolError } from '../../../src/errors/tool-error.js';
import type { ToolError } from '../../../src/errors/tool-error.js';
import { MODEL_BUNDLE, REPO_ROOT } from '../../helpers/paths.js';

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'model-sync-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** A non-bare clone of the bundle on branch main, to play the part of the upstream repository. */
export function makeUpstream(dir: string): string {
  const upstream = path.join(dir, 'upstream');
  execFileSync('git', ['clone', '--quiet', MODEL_BUNDLE, upstream]);
  return upstream;
}

/** Commits a new service model upstream and returns the new commit. */
export function addServiceUpstream(upstream: string, name: string): string {
  const file = path.join(upstream, name, 'service', '2024-01-01', `${name}-2024-01-01.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ smithy: '2.0', shapes: {} }));
  git(upstream, 'add', '--', name);
  git(upstream, 'commit', '--quiet', '-m', `add ${name}`);
  return git(upstream, 'rev-parse', 'HEAD');
}

export async function toolError(p: Promise<unknown>): Promise<ToolError> {
  try {
    await p;
  } catch (e) {
    if (isToolError(e)) return e;
    throw e;
  }
  throw new Error('expected a ToolError');
}

export interface ChildOutcome {
  readonly ok: boolean;
  readonly action?: string;
  readonly commit?: string;
  readonly services?: number;
  readonly message?: string;
}

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sync-child.ts');

/** Runs one `syncModels` in a separate Node process (a real second server starting up). */
export function syncInChild(modelPath: string, syncUrl: string): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', CHILD, modelPath, syncUrl],
      { cwd: REPO_ROOT, timeout: 120_000 },
      (err, stdout, stderr) => {
        try {
          resolve(JSON.parse(stdout) as ChildOutcome);
        } catch {
          reject(new Error(`child failed: ${err?.message ?? ''} ${stderr}`));
        }
      },
    );
  });
}

/**
 * Starts a child sync and returns a handle that kills it and its git processes with SIGKILL, as
 * a crash would: no clean-up code runs.
 */
export function startChild(modelPath: string, syncUrl: string): { kill: () => Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, modelPath, syncUrl], {
    cwd: REPO_ROOT,
    detached: true,
    stdio: 'ignore',
  });
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  return {
    kill: async () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      await exited;
    },
  };
}
