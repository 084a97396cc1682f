// The search index cache: a fresh load answers exactly as a fresh build does, reading from the
// file only what a query asks for, and a corrupt or stale file is detected, deleted and rebuilt
// rather than trusted: at load (header, length, the prefix every query reads) or when a query
// first reads a damaged block.

import { mkdtempSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/types.js';
import { searchCachePath } from '../../../src/search/index-cache.js';
import { createSearchIndex, loadSearchIndex } from '../../../src/search/search-index.js';
import type { SearchIndex } from '../../../src/search/types.js';
import { REPO_ROOT } from '../../helpers/paths.js';
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
/** Bytes of the file not read yet hold this: data used without being read gives wrong answers. */
const UNREAD = 0xa5;

/** The file's header (see index-cache.ts) and where its body, and in it the paged part, start. */
function layout(file: string): { bytes: Buffer; bodyStart: number; eagerLength: number; length: number } {
  const bytes = readFileSync(file);
  const size = bytes.readUInt32LE(8);
  const header = JSON.parse(bytes.toString('utf8', 16, 16 + size)) as Record<string, number>;
  return {
    bytes,
    bodyStart: 16 + size + 4 * header.blocks!,
    eagerLength: header.eagerLength!,
    length: header.length!,
  };
}

interface Case {
  readonly query: string;
  readonly serviceHint?: string;
}
const benchCases = (name: string): Case[] =>
  readFileSync(path.join(REPO_ROOT, 'bench', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);

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

  it('answers every query of the bench sets exactly as a fresh build, each from a fresh load', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-cache-'));
    await loadSearchIndex(catalog, { cacheDir: dir, logger });
    const cases = [...benchCases('search-queries.jsonl'), ...benchCases('search-queries-people.jsonl')];
    const shared = await loadSearchIndex(catalog, { cacheDir: dir, logger, unread: UNREAD });
    for (const [i, c] of cases.entries()) {
      const req = { query: c.query, ...(c.serviceHint ? { serviceHint: c.serviceHint } : {}), limit: 10 };
      const expected = built.search(req);
      expect(shared.search(req), c.query).toEqual(expected);
      // a load that has read nothing else yet: only what this query asks for
      if (i % 8 === 0) {
        const fresh = await loadSearchIndex(catalog, { cacheDir: dir, logger, unread: UNREAD });
        expect(fresh.search(req), c.query).toEqual(expected);
      }
    }
    expect(warnings).toEqual([]);
  }, 180_000);

  it('detects a damaged prefix (what every query reads) at load, and rebuilds', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-cache-'));
    await loadSearchIndex(catalog, { cacheDir: dir, logger });
    const file = searchCachePath(dir, catalog.modelCommit);
    const { bytes, bodyStart, eagerLength } = layout(file);
    const at = bodyStart + Math.floor(eagerLength / 2);
    bytes[at] = bytes[at]! ^ 0xff; // one flipped byte
    writeFileSync(file, bytes);
    warnings.length = 0;
    const rebuilt = await loadSearchIndex(catalog, { cacheDir: dir, logger, background: true });
    expect(warnings.join()).toMatch(/index cache unusable/);
    expect(answers(rebuilt)).toEqual(answers(built));
    // and the rebuilt file is good again
    warnings.length = 0;
    expect(answers(await loadSearchIndex(catalog, { cacheDir: dir, logger }))).toEqual(answers(built));
    expect(warnings).toEqual([]);
  });

  it('detects a damaged block when a query first reads it: that query is answered from a rebuilt index, and the file replaced', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-cache-'));
    await loadSearchIndex(catalog, { cacheDir: dir, logger });
    const file = searchCachePath(dir, catalog.modelCommit);
    const { bytes, bodyStart, eagerLength, length } = layout(file);
    // one flipped byte in every 4 KB block after the prefix's last block: whatever a query reads
    // there is damaged
    const paged = Math.ceil(eagerLength / 4096) * 4096;
    for (let at = bodyStart + paged + 100; at < bodyStart + length; at += 4096) bytes[at] = bytes[at]! ^ 0xff;
    writeFileSync(file, bytes);
    warnings.length = 0;
    const loaded = await loadSearchIndex(catalog, { cacheDir: dir, logger, unread: UNREAD });
    expect(warnings).toEqual([]); // the prefix is intact: nothing is found at load
    expect(answers(loaded)).toEqual(answers(built));
    expect(warnings.join()).toMatch(/index cache unusable; rebuilding/);
    expect(warnings.filter((w) => /unusable/.test(w))).toHaveLength(1); // once, not per query
    // rewritten in the background: wait as long as a loaded machine needs to rebuild
    await expect.poll(() => readFileSync(file).equals(bytes), { timeout: 60_000 }).toBe(false);
    warnings.length = 0;
    expect(answers(await loadSearchIndex(catalog, { cacheDir: dir, logger, unread: UNREAD }))).toEqual(
      answers(built),
    );
    expect(warnings).toEqual([]);
  });

  it('refuses a truncated file at load', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-cache-'));
    await loadSearchIndex(catalog, { cacheDir: dir, logger });
    const file = searchCachePath(dir, catalog.modelCommit);
    truncateSync(file, statSync(file).size - 1);
    warnings.length = 0;
    expect(answers(await loadSearchIndex(catalog, { cacheDir: dir, logger }))).toEqual(answers(built));
    expect(warnings.join()).toMatch(/unusable/);
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
