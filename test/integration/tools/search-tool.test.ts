// aws_search_operations answers from the search index alone: each hit's typed `requires` line and
// its risk (the catalog's, raised by destructive_patterns, as the policy decision saw it) come with
// the hit, so a fresh server's first search never waits for the catalog's data to deserialize.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelCatalog } from '../../../src/catalog/catalog.js';
import { openCatalog } from '../../../src/catalog/open.js';
import { parsePolicy } from '../../../src/policy/load.js';
import { loadSearchIndex } from '../../../src/search/search-index.js';
import { searchOperationsTool } from '../../../src/tools/search-operations.js';
import { TEST_MODELS_DIR } from '../../helpers/paths.js';
import { discoverTree, readModelFile } from '../catalog/model-fixture.js';
import { openFixture, toolContext, type Fixture } from './pipeline-fixture.js';

let fixture: Fixture;
let dir: string;
const open = async (): Promise<ModelCatalog> => {
  const tree = discoverTree(TEST_MODELS_DIR);
  const files = tree.files.filter((f) => f.directory === 'dynamodb' || f.directory === 's3');
  return openCatalog({ tree: { ...tree, files }, cacheDir: dir, readModel: readModelFile });
};

beforeAll(async () => {
  fixture = await openFixture();
  dir = mkdtempSync(path.join(os.tmpdir(), 'search-tool-'));
  await loadSearchIndex(await open(), { cacheDir: dir }); // builds both caches
});
afterAll(async () => {
  await fixture.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('aws_search_operations', () => {
  it('shows each hit with its typed requires and the risk policy decided, without loading the catalog data', async () => {
    const lazy = await open(); // a cache hit: its data is deserialized only when first used
    expect(lazy.isLoaded()).toBe(false);
    const loaded = await open();
    loaded.services();
    const policy = parsePolicy(
      'version: 1\nmode: standard\ndestructive_patterns: ["^s3:PutObject$"]\n',
      loaded,
    );
    const index = await loadSearchIndex(lazy, { cacheDir: dir });
    const services = { ...fixture.services(''), catalog: lazy, policy, search: async () => index };
    const run = (query: string) =>
      searchOperationsTool(services).run({ query }, toolContext()) as Promise<{
        results: Array<Record<string, unknown>>;
      }>;

    const put = (await run('upload an object to s3 PutObject')).results.find(
      (r) => r.operation === 'PutObject',
    );
    const item = (await run('put an item in a dynamodb table')).results.find(
      (r) => r.operation === 'PutItem',
    );
    expect(lazy.isLoaded()).toBe(false);

    expect(put).toMatchObject({ service: 's3', risk: 'destructive' }); // raised by the pattern
    expect(item).toMatchObject({ service: 'dynamodb', risk: 'write' });
    for (const hit of [put!, item!]) {
      const { operation } = loaded.resolveOperation(hit.service as string, hit.operation as string);
      expect(hit.requires).toBe(operation.requires);
      expect(hit).not.toHaveProperty('required');
    }
  });
});
