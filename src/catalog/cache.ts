// On-disk cache of the catalog data, one file per model commit and schema version, so a restart
// on a known commit reads one ~11 MB file instead of parsing ~150 MB of models.
// Layout: [u32 LE n][n bytes: v8.serialize(header)][head][one section per service]. The head
// (services and names) and each service's operations are v8-serialized separately; the header
// gives each section's place and sha256. Open checks the header and every section's checksum
// (reading the file a megabyte at a time, yielding between) and decodes nothing else; the head
// is decoded on first use, and a service's operations are read again from the file, checked and
// decoded when first asked for. So a server that searches and calls a few services never holds
// the other ~16,000 operations (~18 MB of heap), nor the file's bytes. The file stays open (a
// rebuild renamed over it or a prune by another server cannot pull it away) until every section
// has been read or the catalog is collected. Written to a temp file and renamed, so a crash or a
// concurrent server never leaves a half-written cache behind.

import { closeSync, fstatSync, openSync, read, readSync, rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { OperationEntry } from './types.js';
import {
  CATALOG_SCHEMA_VERSION,
  type CatalogContent,
  type CatalogData,
  type CatalogHead,
  type CatalogLogger,
} from './data-format.js';

/** Where a section lies after the header, and its checksum (a damaged file is caught, not served). */
interface Section {
  readonly offset: number;
  readonly length: number;
  readonly sha256: string;
}

interface CacheHeader {
  readonly schemaVersion: number;
  readonly modelCommit: string;
  readonly fingerprint: string;
  readonly head: Section;
  /** One per service, in the head's `services` order. */
  readonly services: readonly Section[];
}

/** A cache hit: header and checksums verified, nothing decoded yet. */
export interface CachedCatalog {
  readonly modelCommit: string;
  /** Decodes the head (operations follow per service); on failure deletes the file and throws. */
  load(): CatalogContent;
}

const LENGTH_BYTES = 4;
const MAX_HEADER_BYTES = 16 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
const readAsync = promisify(read);

/** Commits are hex in practice; anything else is made file-name safe. */
export function cacheFilePath(cacheDir: string, commit: string): string {
  const safe = commit.replace(/[^A-Za-z0-9._-]/g, '_');
  return path.join(cacheDir, `catalog-${safe}-v${CATALOG_SCHEMA_VERSION}.v8`);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  for (let done = 0; done < length;) {
    const n = readSync(fd, bytes, done, length - done, position + done);
    if (n === 0) throw new Error('catalog cache file is truncated');
    done += n;
  }
  return bytes;
}

/** Closes the file of a catalog collected before it read every section. */
const openFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/** The open cache file a catalog reads its sections from; closed once each has been read. */
class SectionReader {
  private fd: number | undefined;
  private readonly unread: Set<number>;

  constructor(
    fd: number,
    private readonly file: string,
    private readonly dataStart: number,
    private readonly header: CacheHeader,
  ) {
    this.fd = fd;
    this.unread = new Set(header.services.keys());
    openFiles.register(this, fd, this);
  }

  content(): CatalogContent {
    try {
      const head = this.decode(this.header.head) as CatalogHead;
      if (!head || !Array.isArray(head.services) || head.services.length !== this.header.services.length) {
        throw new Error('catalog cache head does not match its sections');
      }
      return { head, operationsAt: (i) => this.operations(i) };
    } catch (e) {
      this.discard();
      throw e;
    }
  }

  private operations(i: number): readonly OperationEntry[] {
    try {
      const ops = this.decode(this.header.services[i]);
      if (!Array.isArray(ops)) throw new Error('catalog cache section has no operations');
      this.unread.delete(i);
      if (this.unread.size === 0) this.close();
      return ops as OperationEntry[];
    } catch (e) {
      this.discard();
      throw e;
    }
  }

  private decode(section: Section | undefined): unknown {
    if (this.fd === undefined || !section) throw new Error('catalog cache file is closed');
    const bytes = readAt(this.fd, this.dataStart + section.offset, section.length);
    if (sha256(bytes) !== section.sha256)
      throw new Error('catalog cache section is corrupt (checksum mismatch)');
    return deserialize(bytes);
  }

  private close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    openFiles.unregister(this);
    this.fd = undefined;
  }

  /** A damaged file: closed and deleted, so the next start rebuilds it. */
  private discard(): void {
    this.close();
    rmSync(this.file, { force: true });
  }
}

async function readHeader(fd: number): Promise<{ header: CacheHeader; dataStart: number }> {
  const length = Buffer.alloc(LENGTH_BYTES);
  if ((await readAsync(fd, length, 0, LENGTH_BYTES, 0)).bytesRead !== LENGTH_BYTES) {
    throw new Error('catalog cache file is truncated');
  }
  const n = length.readUInt32LE(0);
  if (n > MAX_HEADER_BYTES) throw new Error('catalog cache header length is implausible');
  const bytes = Buffer.alloc(n);
  if ((await readAsync(fd, bytes, 0, n, LENGTH_BYTES)).bytesRead !== n) {
    throw new Error('catalog cache file is truncated');
  }
  return { header: deserialize(bytes) as CacheHeader, dataStart: LENGTH_BYTES + n };
}

function matches(header: CacheHeader, expect: { commit: string; fingerprint: string }): boolean {
  return (
    typeof header === 'object' &&
    header !== null &&
    header.schemaVersion === CATALOG_SCHEMA_VERSION &&
    header.modelCommit === expect.commit &&
    header.fingerprint === expect.fingerprint &&
    Array.isArray(header.services)
  );
}

/** Every section inside the file and matching its checksum, read a megabyte at a time. */
async function sectionsIntact(fd: number, dataStart: number, header: CacheHeader): Promise<boolean> {
  const size = fstatSync(fd).size;
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  for (const s of [header.head, ...header.services]) {
    if (!s || !Number.isSafeInteger(s.offset) || !Number.isSafeInteger(s.length) || s.offset < 0)
      return false;
    if (s.length < 0 || dataStart + s.offset + s.length > size) return false;
    const hash = createHash('sha256');
    for (let done = 0; done < s.length;) {
      const want = Math.min(CHUNK_BYTES, s.length - done);
      const { bytesRead } = await readAsync(fd, chunk, 0, want, dataStart + s.offset + done);
      if (bytesRead === 0) return false;
      hash.update(chunk.subarray(0, bytesRead));
      done += bytesRead;
    }
    if (hash.digest('hex') !== s.sha256) return false;
  }
  return true;
}

/** The cache entry when it exists, its header matches this commit, schema and file set, and it is intact. */
export async function readCatalogCache(
  file: string,
  expect: { commit: string; fingerprint: string },
  logger?: CatalogLogger,
): Promise<CachedCatalog | undefined> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined; // no cache yet: the normal first start on a commit
  }
  let reader: SectionReader | undefined;
  try {
    const { header, dataStart } = await readHeader(fd);
    if (!matches(header, expect)) {
      logger?.warn('catalog: cache does not match the model tree; rebuilding', { file: path.basename(file) });
      return undefined;
    }
    // Checked here, at open, so a damaged file means a rebuild now rather than calls failing
    // until a restart. Decoding stays lazy.
    if (!(await sectionsIntact(fd, dataStart, header))) {
      logger?.warn('catalog: cache is corrupt (checksum mismatch); rebuilding', {
        file: path.basename(file),
      });
      await rm(file, { force: true });
      return undefined;
    }
    reader = new SectionReader(fd, file, dataStart, header);
    const opened = reader;
    return { modelCommit: header.modelCommit, load: () => opened.content() };
  } catch (e) {
    logger?.warn('catalog: cache unreadable; rebuilding', {
      file: path.basename(file),
      error: e instanceof Error ? e.message : String(e),
    });
    return undefined;
  } finally {
    if (!reader) closeSync(fd);
  }
}

export async function writeCatalogCache(file: string, data: CatalogData): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const { operations, ...head } = data;
  const byService = new Map<string, OperationEntry[]>(data.services.map((s) => [s.id, []]));
  for (const op of operations) byService.get(op.service)?.push(op);
  const bodies = [serialize(head), ...data.services.map((s) => serialize(byService.get(s.id)))];
  let offset = 0;
  const sections = bodies.map((b): Section => {
    const section = { offset, length: b.length, sha256: sha256(b) };
    offset += b.length;
    return section;
  });
  const header: CacheHeader = {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    modelCommit: data.modelCommit,
    fingerprint: data.fingerprint,
    head: sections[0]!,
    services: sections.slice(1),
  };
  const headerBytes = serialize(header);
  const length = Buffer.alloc(LENGTH_BYTES);
  length.writeUInt32LE(headerBytes.length, 0);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, Buffer.concat([length, headerBytes, ...bodies]));
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

const CACHE_FILE = /^catalog-.+-v\d+\.v8$/;

/**
 * Deletes all but the `keep` most recent catalog caches besides `current`, so switching model
 * commits over months does not pile up ~10 MB files. Only touches this module's own file names.
 */
export async function pruneCatalogCaches(cacheDir: string, current: string, keep = 2): Promise<void> {
  const names = (await readdir(cacheDir)).filter((n) => CACHE_FILE.test(n) && n !== path.basename(current));
  const dated = await Promise.all(
    names.map(async (n) => ({ n, t: (await stat(path.join(cacheDir, n))).mtimeMs })),
  );
  dated.sort((a, b) => b.t - a.t);
  await Promise.all(dated.slice(keep).map(({ n }) => rm(path.join(cacheDir, n), { force: true })));
}
