// The search index on disk, one file per model commit beside the catalog cache, so a fresh
// server answers its first search from a file instead of building the index (~0.5-1 s).
// Format (binary-record.ts): 8 magic bytes, a u32 header length, the header (JSON: version,
// model commit, a fingerprint of the code and data the index is built from, the section table,
// the sections' length and CRC-32), padding to 8 bytes, then the sections. Loading is one read,
// one checksum and typed-array views into the bytes: no deserializing. The CRC-32 covers the
// section table and the sections (fast enough for the start path; it guards against torn or
// damaged files, not tampering): a stale or corrupt file is detected, deleted and rebuilt.
// Written to a temp file and renamed, as the catalog cache is.

import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { Catalog } from '../catalog/types.js';
import { decodeRecord, encodeRecord, type Section } from './binary-record.js';
import type { SearchIndexData } from './index-build.js';
import { fromStored, toStored, type StoredIndex } from './index-store.js';
import { indexFingerprint } from './index-fingerprint.js';

/** Bump when the shape of SearchIndexData, the file format or the code that derives it changes. */
export const SEARCH_INDEX_VERSION = 4;
const MAGIC = Buffer.from('AWSSRCH\0', 'latin1');

interface Header {
  readonly version: number;
  readonly modelCommit: string;
  readonly fingerprint: string;
  readonly sections: readonly Section[];
  readonly crc32: number;
  readonly length: number;
}

export interface CacheLogger {
  warn(msg: string, fields?: object): void;
}

export function searchCachePath(cacheDir: string, commit: string): string {
  const safe = commit.replace(/[^A-Za-z0-9._-]/g, '_');
  return path.join(cacheDir, `search-${safe}-v${SEARCH_INDEX_VERSION}.bin`);
}

/**
 * The cached index data for this catalog, or undefined (missing, stale or corrupt: then deleted).
 * `background`: read and checksum in chunks, yielding to the event loop between them, so a tool
 * call arriving meanwhile is not held up (a preload); otherwise one blocking read, which is
 * faster when a caller is waiting for the answer.
 */
export async function readSearchCache(
  file: string,
  catalog: Catalog,
  logger?: CacheLogger,
  background = false,
): Promise<SearchIndexData | undefined> {
  let bytes: Buffer;
  try {
    // one read of a few MB: faster than readFile's chunked reads, each waiting for the loop
    bytes = background ? await readFile(file) : readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    const { header, body } = parseFile(bytes);
    if (
      header.version !== SEARCH_INDEX_VERSION ||
      header.modelCommit !== catalog.modelCommit ||
      header.fingerprint !== indexFingerprint()
    ) {
      throw new Error('stale: built for another model commit or index code');
    }
    const crc = background ? await checksumYielding(header.sections, body) : checksum(header.sections, body);
    if (body.length !== header.length || crc !== header.crc32) {
      throw new Error('corrupt: checksum mismatch');
    }
    if (background) await yieldToLoop();
    return fromStored(decodeRecord(header.sections, body) as unknown as StoredIndex);
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
  const { sections, body } = encodeRecord(toStored(data));
  const header: Header = {
    version: SEARCH_INDEX_VERSION,
    modelCommit,
    fingerprint: indexFingerprint(),
    sections,
    crc32: checksum(sections, body),
    length: body.length,
  };
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, fileBytes(header, body));
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

function checksum(sections: readonly Section[], body: Uint8Array): number {
  return crc32(body, crc32(JSON.stringify(sections)));
}

/** The same CRC-32 as checksum(), a megabyte at a time with the event loop served in between. */
async function checksumYielding(sections: readonly Section[], body: Uint8Array): Promise<number> {
  let crc = crc32(JSON.stringify(sections));
  for (let at = 0; at < body.length; at += CRC_CHUNK) {
    await yieldToLoop();
    crc = crc32(body.subarray(at, at + CRC_CHUNK), crc);
  }
  return crc;
}

const CRC_CHUNK = 1 << 20;

export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function fileBytes(header: Header, body: Buffer): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const size = Buffer.alloc(4);
  size.writeUInt32LE(json.length);
  const pad = Buffer.alloc((8 - ((MAGIC.length + 4 + json.length) % 8)) % 8);
  return Buffer.concat([MAGIC, size, json, pad, body]);
}

function parseFile(bytes: Buffer): { header: Header; body: Buffer } {
  if (bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new Error('not a search index file');
  }
  const size = bytes.readUInt32LE(MAGIC.length);
  const at = MAGIC.length + 4;
  if (at + size > bytes.length) throw new Error('corrupt: truncated header');
  const header = JSON.parse(bytes.toString('utf8', at, at + size)) as Header;
  const start = at + size + ((8 - ((at + size) % 8)) % 8);
  return { header, body: bytes.subarray(start) };
}
