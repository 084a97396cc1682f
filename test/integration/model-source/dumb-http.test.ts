// Some git hosts (a plain web server, "dumb" HTTP) cannot serve shallow clones: sync must notice
// and clone in full. A real bare repository served by a static HTTP server on 127.0.0.1.

import { execFileSync } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncModels } from '../../../src/model/source/sync.js';
import { BUNDLE_FIRST_COMMIT, BUNDLE_MAIN_COMMIT, MODEL_BUNDLE } from '../../helpers/paths.js';
import { addServiceUpstream, git, makeUpstream, tempDir } from './fixtures.js';

let dir: string;
let cleanup: () => void;
let server: Server;
let bare: string;
let url: string;

function serveStatic(root: string): Promise<Server> {
  const s = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(root, rel);
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  bare = path.join(dir, 'served', 'models.git');
  execFileSync('git', ['clone', '--quiet', '--bare', MODEL_BUNDLE, bare]);
  git(bare, 'update-server-info');
  server = await serveStatic(path.join(dir, 'served'));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/models.git`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  cleanup();
});

describe('syncModels over dumb HTTP', () => {
  it('falls back to a full clone, follows new commits and pins', async () => {
    const modelPath = path.join(dir, 'models');
    const first = await syncModels({ autoSync: true, syncUrl: url, modelPath });
    expect(first.action).toBe('cloned');
    expect(first.tree.commit).toBe(BUNDLE_MAIN_COMMIT);

    const work = makeUpstream(dir);
    const next = addServiceUpstream(work, 'dumbsvc');
    git(work, 'push', '--quiet', bare, 'HEAD:refs/heads/main');
    git(bare, 'update-server-info');
    const updated = await syncModels({ autoSync: true, syncUrl: url, modelPath });
    expect(updated.action).toBe('updated');
    expect(updated.tree.commit).toBe(next);

    const pinned = await syncModels({
      autoSync: true,
      syncUrl: url,
      modelPath,
      pinnedCommit: BUNDLE_FIRST_COMMIT,
    });
    expect(pinned.tree.commit).toBe(BUNDLE_FIRST_COMMIT);
  });
});
