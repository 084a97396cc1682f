// A service whose model file cannot be read (here: truncated, as a crashed sync might leave it)
// is unavailable under its own name, with its file named, and its names never resolve to another
// service (once, "dynamodb" resolved to dynamodbstreams).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_MODELS_DIR } from '../../helpers/paths.js';
import { openCatalog } from '../../../src/catalog/open.js';
import type { ModelCatalog } from '../../../src/catalog/catalog.js';
import { ToolError } from '../../../src/errors/tool-error.js';
import type { ModelTree } from '../../../src/model/model-tree.js';
import { discoverTree, readModelFile } from './model-fixture.js';

let dir: string;
let catalog: ModelCatalog;
let dynamodbFile: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'unreadable-model-'));
  const full = discoverTree(TEST_MODELS_DIR);
  const tree: ModelTree = {
    ...full,
    commit: `${full.commit}-truncated`,
    files: full.files.filter((f) => ['dynamodb', 'dynamodb-streams', 's3'].includes(f.directory)),
  };
  const original = tree.files.find((f) => f.directory === 'dynamodb')!.path;
  dynamodbFile = path.relative(TEST_MODELS_DIR, original);
  const truncated = path.join(dir, 'truncated.json');
  const text = readFileSync(original, 'utf8');
  writeFileSync(truncated, text.slice(0, text.length / 2));
  const readModel = (file: string) => readModelFile(file === original ? truncated : file);
  catalog = await openCatalog({ tree, cacheDir: path.join(dir, 'cache'), readModel });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function thrown(f: () => unknown): ToolError {
  try {
    f();
  } catch (e) {
    if (e instanceof ToolError) return e;
    throw e;
  }
  throw new Error('expected a ToolError');
}

describe('a service whose model file is truncated', () => {
  it.each(['dynamodb', 'DynamoDB', 'dynamo-db'])('"%s" is ModelUnavailable, naming the file', (name) => {
    const e = thrown(() => catalog.resolveService(name));
    expect(e.code).toBe('ModelUnavailable');
    expect(e.message).toContain(dynamodbFile);
    expect(e.details).toMatchObject({ service: 'dynamodb', file: dynamodbFile });
    expect(catalog.findService(name)).toBeUndefined();
  });

  it('is never replaced by another service, and the others still work', () => {
    expect(thrown(() => catalog.resolveOperation('dynamodb', 'GetItem')).code).toBe('ModelUnavailable');
    expect(catalog.resolveService('dynamodbstreams').id).toBe('dynamodbstreams');
    expect(catalog.resolveOperation('s3', 'ListBuckets').operation.name).toBe('ListBuckets');
    expect(catalog.services().map((s) => s.id)).not.toContain('dynamodb');
  });

  it('is not cached, so the next start reads the file again', async () => {
    const reads: string[] = [];
    const tree = { ...catalog['opts'].tree } as ModelTree;
    await openCatalog({
      tree,
      cacheDir: path.join(dir, 'cache'),
      readModel: (f) => (reads.push(f), readModelFile(f)),
    });
    expect(reads).toHaveLength(tree.files.length);
  });
});
