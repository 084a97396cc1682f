// The search index cache: a fresh load answers exactly as a fresh build does, and a corrupt or
// stale file is detected, deleted and rebuilt rather than trusted.

import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/types.js';
import { searchCachePath } from '../../../src/search/index-cache.js';
import { createSearchIndex, loadSearchIndex } from '../../../src/search/search-index.js';
import type { SearchIndex } from '../../../src/search/types.js';
import { openBundleSearch } from './search-fixture.js';

const QUERIES = [
  'list my buckets',
  'who terminated instance i-0123456789abcdef0',
  'aws s3 cp ./a.txt s3://b/a.txt',
  'lsit lamda fucntions',
  'keep older copies of files',
];

let catalog: Catalog;
let built: SearchIndex;
beforeAll(async () => {
  ({ catalog, index: built } = await openBundleSearch());
});

const answers = (ix: SearchIndex): unknown[] => QUERIES.map((query) => ix.search({ query }));
const warnings: string[] = [];
const logger = { debug: () => undefined, warn: (msg: string) => void warnings.push(msg) };

describe('search index cache', () => {
  it('writes the cache on a miss and answers from it exactly as a fresh build', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-cache-'));
    const first = await loadSearchIndex(catalog, { cacheDir: dir, logger });
    expect(readdirSync(dir)).toEqual([path.basename(searchCachePath(dir, catalog.modelCommit))]);
    const second = await loadSearchIndex(catalog, { cacheDir: dir, logger });
    expect(answers(first)).toEqual(answers(built));
    expect(answers(second)).toEqual(answers(built));
    expect(second.stats).toEqual(built.stats);
  });

  it('detects a corrupt body by its checksum and rebuilds', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-cache-'));
    await loadSearchIndex(catalog, { cacheDir: dir, logger });
    const file = searchCachePath(dir, catalog.modelCommit);
    const bytes = readFileSync(file);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff; // one flipped byte in the sections
    writeFileSync(file, bytes);
    warnings.length = 0;
    const rebuilt = await loadSearchIndex(catalog, { cacheDir: dir, logger });
    expect(warnings.join()).toMatch(/index cache unusable/);
    expect(answers(rebuilt)).toEqual(answers(built));
    // and the rebuilt file is good again
    warnings.length = 0;
    await loadSearchIndex(catalog, { cacheDir: dir, logger });
    expect(warnings).toEqual([]);
  });

  it('loads in the background (chunked read and checksum) exactly as in the foreground, and rebuilds a corrupt file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-cache-'));
    await loadSearchIndex(catalog, { cacheDir: dir, logger });
    warnings.length = 0;
    const loaded = await loadSearchIndex(catalog, { cacheDir: dir, logger, background: true });
    expect(warnings).toEqual([]);
    expect(answers(loaded)).toEqual(answers(built));
    const file = searchCachePath(dir, catalog.modelCommit);
    const bytes = readFileSync(file);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff; // in the last checksum chunk
    writeFileSync(file, bytes);
    const rebuilt = await loadSearchIndex(catalog, { cacheDir: dir, logger, background: true });
    expect(warnings.join()).toMatch(/index cache unusable/);
    expect(answers(rebuilt)).toEqual(answers(built));
  });

  it('rejects a file written for another model commit, and garbage', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-cache-'));
    await loadSearchIndex(catalog, { cacheDir: dir, logger });
    const file = searchCachePath(dir, catalog.modelCommit);
    // the same file, its header naming another model commit (same length, so still well formed)
    const text = readFileSync(file).toString('latin1');
    writeFileSync(file, Buffer.from(text.replace(catalog.modelCommit, 'f'.repeat(40)), 'latin1'));
    warnings.length = 0;
    expect(answers(await loadSearchIndex(catalog, { cacheDir: dir, logger }))).toEqual(answers(built));
    expect(warnings.join()).toMatch(/unusable/);
    writeFileSync(file, 'not a cache');
    warnings.length = 0;
    expect(answers(await loadSearchIndex(catalog, { cacheDir: dir, logger }))).toEqual(answers(built));
    expect(warnings.join()).toMatch(/unusable/);
  });

  it('still answers when the cache directory cannot be written', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'search-cache-')), 'file');
    writeFileSync(dir, 'a file where the directory should be');
    warnings.length = 0;
    const ix = await loadSearchIndex(catalog, { cacheDir: dir, logger });
    expect(answers(ix)).toEqual(answers(createSearchIndex(catalog)));
    expect(warnings.join()).toMatch(/could not write/);
  });
});
