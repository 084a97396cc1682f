// Cache and lazy loading: a known commit opens without parsing any model; full models load on
// demand and at most lruSize of them stay in memory.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import os from 'node:os';
import path from 'node:path';
import { TEST_MODELS_DIR } from '../../helpers/paths.js';
import { openCatalog } from '../../../src/catalog/open.js';
import { cacheFilePath } from '../../../src/catalog/cache.js';
import type { ModelTree } from '../../../src/model/model-tree.js';
import { ToolError } from '../../../src/errors/tool-error.js';
import { countingReader, discoverTree } from './model-fixture.js';

let cacheDir: string;
let tree: ModelTree;
beforeAll(() => {
  cacheDir = mkdtempSync(path.join(os.tmpdir(), 'catalog-cache-'));
  tree = discoverTree(TEST_MODELS_DIR);
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('catalog cache', () => {
  it('parses every model once on a cold start and none on a warm start', async () => {
    const cold = countingReader();
    const first = await openCatalog({ tree, cacheDir, readModel: cold.read });
    expect(cold.calls).toHaveLength(tree.files.length);
    expect(new Set(cold.calls).size).toBe(tree.files.length);
    expect(readdirSync(cacheDir)).toEqual([path.basename(cacheFilePath(cacheDir, tree.commit))]);

    const warm = countingReader();
    const second = await openCatalog({ tree, cacheDir, readModel: warm.read });
    expect(warm.calls).toEqual([]);
    expect(second.modelCommit).toBe(first.modelCommit);
    expect(second.isLoaded()).toBe(false); // deserialized on first use, off the start-up path
    expect(second.services()).toHaveLength(first.services().length);
    expect(second.isLoaded()).toBe(true);
    expect(second.services()).toEqual(first.services());
    expect(second.operations().length).toBe(first.operations().length);
    expect(second.resolveOperation('logs', 'get-log-events').operation).toEqual(
      first.resolveOperation('logs', 'get-log-events').operation,
    );
  });

  it('rebuilds when the cache file is corrupt or the file set changed', async () => {
    const [file] = readdirSync(cacheDir);
    writeFileSync(path.join(cacheDir, file!), 'not a cache');
    const reader = countingReader();
    const rebuilt = await openCatalog({ tree, cacheDir, readModel: reader.read });
    expect(reader.calls).toHaveLength(tree.files.length);
    expect(rebuilt.services()).toHaveLength(tree.files.length);

    const smaller: ModelTree = { ...tree, files: tree.files.filter((f) => f.directory.startsWith('s')) };
    const reader2 = countingReader();
    const sub = await openCatalog({ tree: smaller, cacheDir, readModel: reader2.read });
    expect(reader2.calls).toHaveLength(smaller.files.length);
    expect(sub.findService('ec2')).toBeUndefined();
    expect(sub.resolveService('s3').id).toBe('s3');
  });

  it('detects a corrupt section behind an intact header (checksum) and rebuilds at open', async () => {
    const file = cacheFilePath(cacheDir, tree.commit);
    await openCatalog({ tree, cacheDir, readModel: countingReader().read });
    const bytes = readFileSync(file);
    const dataStart = 4 + bytes.readUInt32LE(0);
    const damaged = Uint8Array.from(bytes);
    for (let i = dataStart + 1000; i < dataStart + 1100; i++) damaged[i] = damaged[i]! ^ 0xff; // bits flipped
    writeFileSync(file, damaged);

    const reader = countingReader();
    const lazy = await openCatalog({ tree, cacheDir, readModel: reader.read });
    expect(reader.calls).toHaveLength(tree.files.length); // rebuilt, not served broken
    expect(lazy.resolveService('logs').directory).toBe('cloudwatch-logs');
    const again = countingReader();
    await openCatalog({ tree, cacheDir, readModel: again.read });
    expect(again.calls).toEqual([]); // the rebuilt cache is good

    writeFileSync(file, bytes.subarray(0, dataStart + 1000)); // truncated
    const reader2 = countingReader();
    const eager = await openCatalog({ tree, cacheDir, readModel: reader2.read, eager: true });
    expect(reader2.calls).toHaveLength(tree.files.length);
    expect(eager.isLoaded()).toBe(true);
  });

  it("reads a service's operations from the file when first asked, and a section damaged since fails as ModelUnavailable", async () => {
    const file = cacheFilePath(cacheDir, tree.commit);
    await openCatalog({ tree, cacheDir, readModel: countingReader().read });
    const warm = await openCatalog({ tree, cacheDir, readModel: countingReader().read });
    expect(warm.resolveOperation('logs', 'get-log-events').operation.name).toBe('GetLogEvents');

    // Damage sts's section in place (same file, which the catalog holds open) after the open.
    const bytes = readFileSync(file);
    const headerLength = bytes.readUInt32LE(0);
    const header = deserialize(bytes.subarray(4, 4 + headerLength)) as {
      services: { offset: number; length: number }[];
    };
    const sts = header.services[warm.services().findIndex((s) => s.id === 'sts')]!;
    const at = 4 + headerLength + sts.offset + Math.floor(sts.length / 2);
    bytes[at] = bytes[at]! ^ 0xff;
    writeFileSync(file, bytes);

    expect(warm.resolveOperation('logs', 'put-log-events').operation.name).toBe('PutLogEvents'); // decoded before
    const err = (() => {
      try {
        return warm.resolveOperation('sts', 'get-caller-identity');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ToolError);
    expect((err as ToolError).code).toBe('ModelUnavailable');
    expect(readdirSync(cacheDir)).not.toContain(path.basename(file)); // discarded: the next start rebuilds
    const reader = countingReader();
    const rebuilt = await openCatalog({ tree, cacheDir, readModel: reader.read });
    expect(reader.calls).toHaveLength(tree.files.length);
    expect(rebuilt.resolveOperation('sts', 'get-caller-identity').operation.risk).toBe('read');
  });

  it('still opens when the cache cannot be written, and says so', async () => {
    const notADir = path.join(cacheDir, 'plain-file');
    writeFileSync(notADir, 'x');
    const warnings: string[] = [];
    const log = (): void => {};
    const logger = { debug: log, info: log, error: log, warn: (m: string) => void warnings.push(m) };
    const small: ModelTree = { ...tree, files: tree.files.filter((f) => f.directory === 'sts') };
    const cat = await openCatalog({
      tree: small,
      cacheDir: notADir,
      readModel: countingReader().read,
      logger,
    });
    expect(cat.resolveOperation('sts', 'get-caller-identity').operation.risk).toBe('read');
    expect(warnings).toEqual(['catalog: could not write cache']);
  });

  it('keeps only a few caches of other commits', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'catalog-prune-'));
    try {
      for (const old of ['a', 'b', 'c', 'd']) writeFileSync(path.join(dir, `catalog-${old}-v1.v8`), old);
      writeFileSync(path.join(dir, 'unrelated.json'), '{}');
      const small: ModelTree = { ...tree, files: tree.files.filter((f) => f.directory === 'sts') };
      await openCatalog({ tree: small, cacheDir: dir, readModel: countingReader().read });
      const left = readdirSync(dir);
      expect(left).toContain(path.basename(cacheFilePath(dir, tree.commit)));
      expect(left).toContain('unrelated.json');
      expect(left.filter((n) => /^catalog-[a-d]-v1\.v8$/.test(n))).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads full models lazily and keeps at most lruSize of them', async () => {
    const small: ModelTree = {
      ...tree,
      commit: `${tree.commit}-lru`,
      files: tree.files.filter((f) => ['s3', 'sqs', 'sts', 'sfn'].includes(f.directory)),
    };
    const reader = countingReader();
    const cat = await openCatalog({ tree: small, cacheDir, readModel: reader.read, lruSize: 2 });
    reader.calls.length = 0;

    const s3 = await cat.loadModel('s3');
    expect(s3.operation('ListBuckets')).toBeDefined();
    expect(await cat.loadModel('S3')).toBe(s3);
    expect(reader.calls).toHaveLength(1);

    await cat.loadModel('sqs');
    await cat.loadModel('states'); // alias of stepfunctions
    expect(cat.loadedModels()).toEqual(['sqs', 'stepfunctions']);
    expect(reader.calls).toHaveLength(3);

    await cat.loadModel('s3'); // evicted, so read again
    expect(reader.calls).toHaveLength(4);
    expect(cat.loadedModels()).toHaveLength(2);

    await expect(cat.loadModel('nope')).rejects.toBeInstanceOf(ToolError);
  });

  it('reports a model that cannot be read as ModelUnavailable', async () => {
    const small: ModelTree = { ...tree, files: tree.files.filter((f) => f.directory === 'sts') };
    const reader = countingReader();
    const cat = await openCatalog({ tree: small, cacheDir, readModel: reader.read });
    const broken = await openCatalog({
      tree: small,
      cacheDir,
      readModel: () => {
        throw new Error('EACCES: /secret/path');
      },
    });
    expect(cat.services()).toHaveLength(1);
    const err = await broken.loadModel('sts').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect((err as ToolError).code).toBe('ModelUnavailable');
    expect((err as ToolError).message).not.toContain('/secret/path');
  });
});
