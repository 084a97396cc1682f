// Building the catalog (a first start, while the server already answers the host) returns to the
// event loop between model files: work queued meanwhile (an `initialize` to answer) runs during
// the build, not after it. Counted in turns of the loop, not timed.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_MODELS_DIR } from '../../helpers/paths.js';
import { openCatalog } from '../../../src/catalog/open.js';
import type { ModelTree } from '../../../src/model/model-tree.js';
import { discoverTree, readModelFile } from './model-fixture.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'build-yields-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('catalog build', () => {
  it('lets the event loop run between model files', async () => {
    const full = discoverTree(TEST_MODELS_DIR);
    const tree: ModelTree = {
      ...full,
      files: full.files.filter((f) => ['dynamodb', 's3', 'sqs', 'lambda'].includes(f.directory)),
    };
    const turnsDuringRead: number[] = [];
    let turns = 0;
    const tick = (): void => {
      turns++;
      if (!done) setImmediate(tick);
    };
    let done = false;
    setImmediate(tick);
    const readModel = (file: string) => (turnsDuringRead.push(turns), readModelFile(file));
    const catalog = await openCatalog({ tree, cacheDir: path.join(dir, 'cache'), readModel });
    done = true;
    expect(catalog.resolveOperation('sqs', 'SendMessage').operation.name).toBe('SendMessage');
    expect(turnsDuringRead).toHaveLength(4);
    // each file is read on a later turn of the loop than the one before
    for (let i = 1; i < turnsDuringRead.length; i++) {
      expect(turnsDuringRead[i]).toBeGreaterThan(turnsDuringRead[i - 1]!);
    }
  });
});
