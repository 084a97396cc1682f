// Several processes starting at once on one cache, and processes killed mid-sync: the next
// start must always succeed with an intact tree.

import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncModels } from '../../../src/model/source/sync.js';
import { BUNDLE_MAIN_COMMIT, MODEL_BUNDLE } from '../../helpers/paths.js';
import { git, startChild, syncInChild, tempDir } from './fixtures.js';

let dir: string;
let cleanup: () => void;
let modelPath: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  modelPath = path.join(dir, 'models');
});
afterEach(() => cleanup());

/** git status of tracked files: empty when the working tree matches HEAD exactly. */
const dirtyFiles = (repo: string): string => git(repo, 'status', '--porcelain', '--untracked-files=no');

describe('syncModels across processes', () => {
  it('two processes starting at once on an empty cache both succeed and agree', async () => {
    const [a, b] = await Promise.all([
      syncInChild(modelPath, MODEL_BUNDLE),
      syncInChild(modelPath, MODEL_BUNDLE),
    ]);
    expect(a).toMatchObject({ ok: true, commit: BUNDLE_MAIN_COMMIT, services: 403 });
    expect(b).toMatchObject({ ok: true, commit: BUNDLE_MAIN_COMMIT, services: 403 });
    expect([a.action, b.action].sort()).toEqual(['cloned', 'unchanged']);
    expect(readdirSync(dir)).toEqual(['models']);
    expect(dirtyFiles(modelPath)).toBe('');
  });

  it('a process killed mid-clone does not break the next start', async () => {
    const child = startChild(modelPath, MODEL_BUNDLE);
    // Wherever the kill lands (before, during or after the clone) the next start must work.
    await new Promise((r) => setTimeout(r, 1500));
    await child.kill();
    const r = await syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath });
    expect(['cloned', 'unchanged']).toContain(r.action);
    expect(r.tree.commit).toBe(BUNDLE_MAIN_COMMIT);
    expect(r.tree.files).toHaveLength(403);
    expect(readdirSync(dir)).toEqual(['models']);
  });

  it('a leftover temp clone and a stale lock from a dead process do not block the next start', async () => {
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(`${modelPath}.lock`, JSON.stringify({ pid: deadPid, host: hostname(), token: 't' }));
    const leftover = `${modelPath}.sync-tmp-${deadPid}-0badf00d`;
    mkdirSync(path.join(leftover, '.git'), { recursive: true });
    writeFileSync(path.join(leftover, 'half.json'), '{"smi');

    const r = await syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath });
    expect(r.action).toBe('cloned');
    expect(r.tree.files).toHaveLength(403);
    expect(existsSync(leftover)).toBe(false);
    expect(readdirSync(dir)).toEqual(['models']);
  });

  it('finishes a checkout that was interrupted half-way, even without auto-sync', async () => {
    await syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath });
    // What a process killed in the middle of `git checkout` leaves: files missing, git's index
    // lock in place, and our in-progress marker naming the target commit.
    rmSync(path.join(modelPath, 'ec2'), { recursive: true });
    rmSync(path.join(modelPath, 's3'), { recursive: true });
    const indexLock = path.join(modelPath, '.git', 'index.lock');
    writeFileSync(indexLock, '');
    const longAgo = new Date(Date.now() - 10 * 60_000);
    utimesSync(indexLock, longAgo, longAgo);
    writeFileSync(path.join(modelPath, '.git', 'aws-tool-mcp-checkout'), `${BUNDLE_MAIN_COMMIT}\n`);

    const r = await syncModels({ autoSync: false, syncUrl: MODEL_BUNDLE, modelPath });
    expect(r.tree.commit).toBe(BUNDLE_MAIN_COMMIT);
    expect(r.tree.files).toHaveLength(403);
    expect(dirtyFiles(modelPath)).toBe('');
  });

  it('re-clones a checkout whose interrupted update cannot be finished', async () => {
    await syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath });
    writeFileSync(path.join(modelPath, '.git', 'aws-tool-mcp-checkout'), `${'0'.repeat(40)}\n`);
    const r = await syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath });
    expect(r.action).toBe('cloned');
    expect(r.tree.commit).toBe(BUNDLE_MAIN_COMMIT);
    expect(readdirSync(dir)).toEqual(['models']);
  });
});
