// A warm start must stay cheap: it is counted in git processes, through a `git` on PATH that
// logs each call and then runs the real git.

import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncModels } from '../../../src/model/source/sync.js';
import { BUNDLE_MAIN_COMMIT, MODEL_BUNDLE } from '../../helpers/paths.js';
import { tempDir } from './fixtures.js';

let dir: string;
let cleanup: () => void;
let modelPath: string;
let callLog: string;
const saved = { PATH: process.env.PATH, GIT_CALL_LOG: process.env.GIT_CALL_LOG };

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  modelPath = path.join(dir, 'models');
  callLog = path.join(dir, 'git-calls.log');
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const shim = path.join(dir, 'bin', 'git');
  execFileSync('mkdir', ['-p', path.dirname(shim)]);
  writeFileSync(shim, `#!/bin/sh\necho "$*" >> "$GIT_CALL_LOG"\nexec "${realGit}" "$@"\n`);
  chmodSync(shim, 0o755);
  process.env.PATH = `${path.dirname(shim)}${path.delimiter}${saved.PATH ?? ''}`;
  process.env.GIT_CALL_LOG = callLog;
  await syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath });
});

afterAll(() => {
  process.env.PATH = saved.PATH;
  if (saved.GIT_CALL_LOG === undefined) delete process.env.GIT_CALL_LOG;
  else process.env.GIT_CALL_LOG = saved.GIT_CALL_LOG;
  cleanup();
});

function gitCallsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  rmSync(callLog, { force: true });
  return fn().then(() => (existsSync(callLog) ? readFileSync(callLog, 'utf8').trim().split('\n') : []));
}

describe('warm start cost', () => {
  it('the shim sees the clone (so the counts below mean something)', async () => {
    const calls = await gitCallsDuring(() =>
      syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath: path.join(dir, 'other') }),
    );
    expect(calls.some((c) => c.startsWith('clone'))).toBe(true);
  });

  it('auto-sync with nothing new runs one git ls-remote', async () => {
    const calls = await gitCallsDuring(() =>
      syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath }),
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/^ls-remote /);
  });

  it('auto-sync off, or already at the pinned commit, runs no git at all', async () => {
    expect(
      await gitCallsDuring(() => syncModels({ autoSync: false, syncUrl: MODEL_BUNDLE, modelPath })),
    ).toEqual([]);
    expect(
      await gitCallsDuring(() =>
        syncModels({
          autoSync: true,
          syncUrl: MODEL_BUNDLE,
          modelPath,
          pinnedCommit: BUNDLE_MAIN_COMMIT,
        }),
      ),
    ).toEqual([]);
  });
});
