// The search index on disk, one file per model commit beside the catalog cache, so a fresh
// server answers its first search from a file instead of building the index (~0.5-1 s).
// Format: v8.serialize({ header, body }); body = v8.serialize(the index in its compact stored
// form, index-store.ts). The header carries the model commit, a fingerprint of the code and
// data the index is built from, and the body's length and CRC-32 (fast enough for the start
// path; this guards against torn or damaged files, not tampering): a stale or corrupt file is
// detected, deleted and rebuilt. Written to a temp file and renamed, as the catalog cache is.

import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import type { Catalog } from '../catalog/types.js';
import type { SearchIndexData } from './index-build.js';
import { fromStored, toStored, type StoredIndex } from './index-store.js';
import { indexFingerprint } from './index-fingerprint.js';

/** Bump when the shape of SearchIndexData or the code that derives it changes. */
export const SEARCH_INDEX_VERSION = 2;

interface Header {
  readonly version: number;
  readonly modelCommit: string;
  readonly fingerprint: string;
  readonly crc32: number;
  readonly length: number;
}

export interface CacheLogger {
  warn(msg: string, fields?: object): void;
}

export function searchCachePath(cacheDir: string, commit: string): string {
  const safe = commit.replace(/[^A-Za-z0-9._-]/g, '_');
  return path.join(cacheDir, `search-${safe}-v${SEARCH_INDEX_VERSION}.v8`);
}

/** The cached index data for this catalog, or undefined (missing, stale or corrupt: then deleted). */
export async function readSearchCache(
  file: string,
  catalog: Catalog,
  logger?: CacheLogger,
): Promise<SearchIndexData | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return undefined;
  }
  try {
    const { header, body } = deserialize(bytes) as { header: Header; body: Uint8Array };
    if (
      header.version !== SEARCH_INDEX_VERSION ||
      header.modelCommit !== catalog.modelCommit ||
      header.fingerprint !== indexFingerprint()
    ) {
      throw new Error('stale: built for another model commit or index code');
    }
    if (body.length !== header.length || crc32(body) !== header.crc32) {
      throw new Error('corrupt: checksum mismatch');
    }
    return fromStored(deserialize(body) as StoredIndex);
  } catch (e) {
    logger?.warn('search: index cache unusable; rebuilding', {
      file: path.basename(file),
      error: e instanceof Error ? e.message : String(e),
    });
    await rm(file, { force: true });
    return undefined;
  }
}

export async function writeSearchCache(
  file: string,
  modelCommit: string,
  data: SearchIndexData,
): Promise<void> {
  const body = serialize(toStored(data));
  const header: Header = {
    version: SEARCH_INDEX_VERSION,
    modelCommit,
    fingerprint: indexFingerprint(),
    crc32: crc32(body),
    length: body.length,
  };
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, serialize({ header, body }));
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

const CACHE_FILE = /^search-.+-v\d+\.v8$/;

/** Keeps the `keep` most recent search caches besides `current`; touches only its own file names. */
export async function pruneSearchCaches(cacheDir: string, current: string, keep = 2): Promise<void> {
  const names = (await readdir(cacheDir)).filter((n) => CACHE_FILE.test(n) && n !== path.basename(current));
  const dated = await Promise.all(
    names.map(async (n) => ({ n, t: (await stat(path.join(cacheDir, n))).mtimeMs })),
  );
  dated.sort((a, b) => b.t - a.t);
  await Promise.all(dated.slice(keep).map(({ n }) => rm(path.join(cacheDir, n), { force: true })));
}
