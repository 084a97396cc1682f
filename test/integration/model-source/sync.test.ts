// syncModels against real git: the shared model bundle as remote, repositories made from it.

import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncModels } from '../../../src/model/source/sync.js';
import { BUNDLE_FIRST_COMMIT, BUNDLE_MAIN_COMMIT, MODEL_BUNDLE } from '../../helpers/paths.js';
import { addServiceUpstream, git, makeUpstream, tempDir, toolError } from './fixtures.js';

const UNREACHABLE = 'http://127.0.0.1:1/api-models-aws.git';

let dir: string;
let cleanup: () => void;
let modelPath: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  modelPath = path.join(dir, 'cache', 'models');
});
afterEach(() => cleanup());

const hasEc2 = (files: readonly { directory: string }[]): boolean => files.some((f) => f.directory === 'ec2');

describe('syncModels with auto-sync', () => {
  it('clones a fresh copy, then finds it unchanged', async () => {
    const first = await syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath });
    expect(first.action).toBe('cloned');
    expect(first.tree.commit).toBe(BUNDLE_MAIN_COMMIT);
    expect(first.tree.root).toBe(modelPath);
    expect(first.tree.files).toHaveLength(403);
    expect(first.warnings).toEqual([]);

    const again = await syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath });
    expect(again.action).toBe('unchanged');
    expect(again.tree).toEqual(first.tree);
    // Nothing is left beside the cache: no lock, no temp clone.
    expect(readdirSync(path.dirname(modelPath))).toEqual(['models']);
  });

  it('pins to the first commit (no EC2), stays there, and moves to another pin', async () => {
    const pinned = await syncModels({
      autoSync: true,
      syncUrl: MODEL_BUNDLE,
      modelPath,
      pinnedCommit: BUNDLE_FIRST_COMMIT,
    });
    expect(pinned.action).toBe('pinned');
    expect(pinned.tree.commit).toBe(BUNDLE_FIRST_COMMIT);
    expect(pinned.tree.files).toHaveLength(402);
    expect(hasEc2(pinned.tree.files)).toBe(false);
    expect(git(modelPath, 'rev-parse', 'HEAD')).toBe(BUNDLE_FIRST_COMMIT);

    const stay = await syncModels({
      autoSync: true,
      syncUrl: MODEL_BUNDLE,
      modelPath,
      pinnedCommit: BUNDLE_FIRST_COMMIT,
    });
    expect(stay.tree.commit).toBe(BUNDLE_FIRST_COMMIT);

    const main = await syncModels({
      autoSync: true,
      syncUrl: MODEL_BUNDLE,
      modelPath,
      pinnedCommit: BUNDLE_MAIN_COMMIT,
    });
    expect(main.action).toBe('pinned');
    expect(main.tree.commit).toBe(BUNDLE_MAIN_COMMIT);
    expect(hasEc2(main.tree.files)).toBe(true);
  });

  it('moves an existing clone back to an older pinned commit', async () => {
    await syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath });
    const r = await syncModels({
      autoSync: true,
      syncUrl: MODEL_BUNDLE,
      modelPath,
      pinnedCommit: BUNDLE_FIRST_COMMIT,
    });
    expect(r.tree.commit).toBe(BUNDLE_FIRST_COMMIT);
    expect(existsSync(path.join(modelPath, 'ec2'))).toBe(false);
  });

  it('rejects an unknown pinned commit clearly and leaves no half-made cache', async () => {
    const unknown = 'deadbeef'.repeat(5);
    const e = await toolError(
      syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath, pinnedCommit: unknown }),
    );
    expect(e.code).toBe('ModelUnavailable');
    expect(e.message).toContain(unknown);
    expect(e.hint).toContain('SMITHY_DEFAULT_MODEL_VERSION');
    expect(readdirSync(path.dirname(modelPath))).toEqual([]);
  });

  it('keeps an existing copy where it was when the pinned commit is unknown', async () => {
    await syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath });
    const e = await toolError(
      syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath, pinnedCommit: 'abcdef1234' }),
    );
    expect(e.code).toBe('ModelUnavailable');
    const local = await syncModels({ autoSync: false, syncUrl: MODEL_BUNDLE, modelPath });
    expect(local.tree.commit).toBe(BUNDLE_MAIN_COMMIT);
  });

  it('falls back to the local copy with a warning naming its commit when the remote is unreachable', async () => {
    await syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath });
    const r = await syncModels({
      autoSync: true,
      syncUrl: 'http://user:s3cret@127.0.0.1:1/api-models-aws.git',
      modelPath,
    });
    expect(r.action).toBe('offline');
    expect(r.tree.commit).toBe(BUNDLE_MAIN_COMMIT);
    expect(r.tree.files).toHaveLength(403);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain(BUNDLE_MAIN_COMMIT.slice(0, 12));
    expect(r.warnings[0]).not.toContain('s3cret');
  });

  it('fails fast, naming URL and path, when unreachable and nothing is on disk', async () => {
    const e = await toolError(syncModels({ autoSync: true, syncUrl: UNREACHABLE, modelPath }));
    expect(e.code).toBe('ModelUnavailable');
    expect(e.message).toContain(UNREACHABLE);
    expect(e.message).toContain(modelPath);
    expect(e.hint).toContain('SMITHY_SYNC_URL');
    expect(existsSync(modelPath)).toBe(false);
  });

  it('refuses to clone over a directory that holds something else', async () => {
    mkdirSync(modelPath, { recursive: true });
    writeFileSync(path.join(modelPath, 'precious.txt'), 'keep me');
    const e = await toolError(syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath }));
    expect(e.message).toContain('not a git checkout');
    expect(readdirSync(modelPath)).toEqual(['precious.txt']);
  });

  it('rejects a ref that git would read as an option', async () => {
    const e = await toolError(
      syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath, ref: '--upload-pack=touch' }),
    );
    expect(e.hint).toContain('SMITHY_SYNC_REF');
    expect(existsSync(modelPath)).toBe(false);
  });
});

describe('syncModels without auto-sync', () => {
  it('uses what is on disk without any network', async () => {
    await syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath });
    const r = await syncModels({ autoSync: false, syncUrl: UNREACHABLE, modelPath });
    expect(r.action).toBe('unchanged');
    expect(r.tree.commit).toBe(BUNDLE_MAIN_COMMIT);
    expect(r.warnings).toEqual([]);
  });

  it('names the path when nothing is there', async () => {
    const e = await toolError(syncModels({ autoSync: false, syncUrl: MODEL_BUNDLE, modelPath }));
    expect(e.code).toBe('ModelUnavailable');
    expect(e.message).toContain(modelPath);
    expect(e.hint).toContain('SMITHY_AUTO_SYNC');
  });

  it('checks out a pinned commit the local copy has, and refuses one it lacks', async () => {
    await syncModels({ autoSync: true, syncUrl: MODEL_BUNDLE, modelPath });
    const r = await syncModels({
      autoSync: false,
      syncUrl: UNREACHABLE,
      modelPath,
      pinnedCommit: BUNDLE_FIRST_COMMIT,
    });
    expect(r.action).toBe('pinned');
    expect(r.tree.commit).toBe(BUNDLE_FIRST_COMMIT);
    const e = await toolError(
      syncModels({ autoSync: false, syncUrl: UNREACHABLE, modelPath, pinnedCommit: 'abcdef1234' }),
    );
    expect(e.message).toContain('auto-sync is off');
  });
});

describe('syncModels following an upstream that moves', () => {
  // A local path (here relative) is cloned in full; a file:// URL goes through the shallow
  // (--depth 1) path.
  for (const kind of ['path', 'file URL'] as const) {
    it(`fetches a new upstream commit (${kind})`, async () => {
      const upstream = makeUpstream(dir);
      const url = kind === 'path' ? path.relative(process.cwd(), upstream) : `file://${upstream}`;
      const first = await syncModels({ autoSync: true, syncUrl: url, modelPath });
      expect(first.action).toBe('cloned');
      expect(first.tree.commit).toBe(BUNDLE_MAIN_COMMIT);
      if (kind === 'file URL') expect(git(modelPath, 'rev-list', '--count', 'HEAD')).toBe('1');

      const next = addServiceUpstream(upstream, 'newsvc');
      const r = await syncModels({ autoSync: true, syncUrl: url, modelPath });
      expect(r.action).toBe('updated');
      expect(r.tree.commit).toBe(next);
      expect(r.tree.files.map((f) => f.directory)).toContain('newsvc');
      expect(r.tree.files).toHaveLength(404);

      const again = await syncModels({ autoSync: true, syncUrl: url, modelPath });
      expect(again.action).toBe('unchanged');
    });
  }

  it('fetches a pinned commit that a shallow clone does not have', async () => {
    const upstream = makeUpstream(dir);
    const url = `file://${upstream}`;
    await syncModels({ autoSync: true, syncUrl: url, modelPath });
    const r = await syncModels({
      autoSync: true,
      syncUrl: url,
      modelPath,
      pinnedCommit: BUNDLE_FIRST_COMMIT,
    });
    expect(r.action).toBe('pinned');
    expect(r.tree.commit).toBe(BUNDLE_FIRST_COMMIT);
    expect(hasEc2(r.tree.files)).toBe(false);
  });

  it('follows an annotated tag and reports its commit', async () => {
    const upstream = makeUpstream(dir);
    git(upstream, 'tag', '-a', '-m', 'release', 'v1', BUNDLE_FIRST_COMMIT);
    const r = await syncModels({ autoSync: true, syncUrl: upstream, modelPath, ref: 'v1' });
    expect(r.tree.commit).toBe(BUNDLE_FIRST_COMMIT);
    const again = await syncModels({ autoSync: true, syncUrl: upstream, modelPath, ref: 'v1' });
    expect(again.action).toBe('unchanged');
  });
});
