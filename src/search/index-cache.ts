// The search index on disk, one file per model commit beside the catalog cache, so a fresh
// server answers its first search from a file instead of building the index (~0.5-1 s).
// Format: 8 magic bytes, a u32 header length, a u32 CRC-32 of the header and block table, the
// header (JSON: version, model commit, a fingerprint of the code and data the index is built
// from, the section table of binary-record.ts, body and eager-prefix lengths), the CRC-32 of
// each 4 KB block of the body, then the body. Loading reads the header and the eager prefix
// (what every query reads: per-operation arrays, the services) and views the rest in place,
// reading a block the first time a query needs it (paged-file.ts). Integrity: the header and
// the file's length are checked at load (a truncated or foreign file is refused at once), each
// block's CRC-32 before its first use (a damaged block is never read as data); a bad block found
// mid-query makes the search rebuild the index from the catalog (search-index.ts). This guards
// against torn or damaged files, not tampering. Written to a temp file and renamed, as the
// catalog cache is.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { Catalog } from '../catalog/types.js';
import { decodeRecord, encodeRecord, type Section } from './binary-record.js';
import type { SearchIndexData } from './index-build.js';
import { fromStored, PAGED, preparePostings, toStored, type StoredIndex } from './index-store.js';
import { indexFingerprint } from './index-fingerprint.js';
import { BLOCK, blockChecksums, PagedBody } from './paged-file.js';

/** Bump when the shape of SearchIndexData, the file format or the code that derives it changes. */
export const SEARCH_INDEX_VERSION = 11;
const MAGIC = Buffer.from('AWSSRCH\0', 'latin1');
/** Magic, header length, header checksum. */
const PROLOGUE = MAGIC.length + 8;
/** The first read: the header and block table of the whole bundle's index fit in it. */
const FIRST_READ = 1 << 15;

interface Header {
  readonly version: number;
  readonly modelCommit: string;
  readonly fingerprint: string;
  readonly sections: readonly Section[];
  readonly length: number;
  readonly eagerLength: number;
  readonly blocks: number;
}

/** An index read from its file: the data, and what reads the parts a query is about to use. */
export interface CachedIndex {
  readonly data: SearchIndexData;
  /** Reads the posting lists of these terms (before ranking them). */
  prepareTerms(terms: Iterable<number>): void;
  /** Closes the file (the data must not be used after). */
  close(): void;
}

export interface CacheLogger {
  warn(msg: string, fields?: object): void;
}

export function searchCachePath(cacheDir: string, commit: string): string {
  const safe = commit.replace(/[^A-Za-z0-9._-]/g, '_');
  return path.join(cacheDir, `search-${safe}-v${SEARCH_INDEX_VERSION}.bin`);
}

export interface ReadOptions {
  readonly logger?: CacheLogger;
  /** Yield to the event loop between the reads, so a tool call arriving meanwhile is not held up. */
  readonly background?: boolean;
  /** What bytes not read yet hold (tests: see PagedBody). */
  readonly unread?: number;
}

/** The cached index for this catalog, or undefined (missing, stale or corrupt: then deleted). */
export async function readSearchCache(
  file: string,
  catalog: Catalog,
  { logger, background = false, unread = 0 }: ReadOptions = {},
): Promise<CachedIndex | undefined> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  let body: PagedBody | undefined;
  try {
    const { header, bodyStart, sums } = readHeader(fd);
    if (
      header.version !== SEARCH_INDEX_VERSION ||
      header.modelCommit !== catalog.modelCommit ||
      header.fingerprint !== indexFingerprint()
    ) {
      throw new Error('stale: built for another model commit or index code');
    }
    if (fstatSync(fd).size !== bodyStart + header.length || header.eagerLength > header.length) {
      throw new Error('corrupt: the file length does not match its header');
    }
    body = new PagedBody(fd, bodyStart, header.length, sums, unread);
    const paged = body;
    for (let at = 0; at < header.eagerLength; at += EAGER_CHUNK) {
      if (background) await yieldToLoop();
      paged.ensureBytes(at, Math.min(at + EAGER_CHUNK, header.eagerLength));
    }
    const data = fromStored(
      decodeRecord(header.sections, paged.bytes) as unknown as StoredIndex,
      paged.ensure,
    );
    return {
      data,
      prepareTerms: (terms) => preparePostings(data, paged.ensure, terms),
      close: () => paged.close(),
    };
  } catch (e) {
    if (body) body.close();
    else closeQuietly(fd);
    logger?.warn('search: index cache unusable; rebuilding', {
      file: path.basename(file),
      error: e instanceof Error ? e.message : String(e),
    });
    await rm(file, { force: true });
    return undefined;
  }
}

const EAGER_CHUNK = 1 << 18;

export async function writeSearchCache(
  file: string,
  modelCommit: string,
  data: SearchIndexData,
): Promise<void> {
  const { sections, body, eagerLength } = encodeRecord(toStored(data), PAGED);
  const sums = blockChecksums(body);
  const header: Header = {
    version: SEARCH_INDEX_VERSION,
    modelCommit,
    fingerprint: indexFingerprint(),
    sections,
    length: body.length,
    eagerLength,
    blocks: sums.length,
  };
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, fileBytes(header, sums, body));
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

const CACHE_FILE = /^search-.+-v\d+\.(v8|bin)$/;

/** Keeps the `keep` most recent search caches besides `current`; touches only its own file names. */
export async function pruneSearchCaches(cacheDir: string, current: string, keep = 2): Promise<void> {
  const names = (await readdir(cacheDir)).filter((n) => CACHE_FILE.test(n) && n !== path.basename(current));
  const dated = await Promise.all(
    names.map(async (n) => ({ n, t: (await stat(path.join(cacheDir, n))).mtimeMs })),
  );
  dated.sort((a, b) => b.t - a.t);
  await Promise.all(dated.slice(keep).map(({ n }) => rm(path.join(cacheDir, n), { force: true })));
}

export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function fileBytes(header: Header, sums: Uint32Array, body: Buffer): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const table = Buffer.from(sums.buffer, sums.byteOffset, sums.byteLength);
  const prologue = Buffer.alloc(PROLOGUE);
  MAGIC.copy(prologue);
  prologue.writeUInt32LE(json.length, MAGIC.length);
  prologue.writeUInt32LE(crc32(table, crc32(json)), MAGIC.length + 4);
  return Buffer.concat([prologue, json, table, body]);
}

/** The header and block table, checked against their CRC-32, and where the body starts. */
function readHeader(fd: number): { header: Header; bodyStart: number; sums: Uint32Array } {
  let bytes = readAt(fd, 0, FIRST_READ);
  if (bytes.length < PROLOGUE || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new Error('not a search index file');
  }
  const size = bytes.readUInt32LE(MAGIC.length);
  if (PROLOGUE + size > bytes.length) bytes = readAt(fd, 0, PROLOGUE + size);
  if (PROLOGUE + size > bytes.length) throw new Error('corrupt: truncated header');
  const json = bytes.subarray(PROLOGUE, PROLOGUE + size);
  const header = JSON.parse(json.toString('utf8')) as Header;
  const tableAt = PROLOGUE + size;
  const bodyStart = tableAt + 4 * header.blocks;
  if (!Number.isInteger(header.blocks) || header.blocks !== Math.ceil(header.length / BLOCK)) {
    throw new Error('corrupt: block table size');
  }
  if (bodyStart > bytes.length) bytes = readAt(fd, 0, bodyStart);
  const table = bytes.subarray(tableAt, bodyStart);
  if (
    table.length !== bodyStart - tableAt ||
    crc32(table, crc32(json)) !== bytes.readUInt32LE(MAGIC.length + 4)
  ) {
    throw new Error('corrupt: header checksum mismatch');
  }
  const sums = new Uint32Array(header.blocks);
  new Uint8Array(sums.buffer).set(table);
  return { header, bodyStart, sums };
}

function readAt(fd: number, position: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  let n = 0;
  while (n < length) {
    const got = readSync(fd, out, n, length - n, position + n);
    if (got === 0) break; // end of file: the caller checks the length it needed
    n += got;
  }
  return out.subarray(0, n);
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}
