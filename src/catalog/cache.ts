// On-disk cache of the catalog data, one file per model commit and schema version, so a restart
// on a known commit reads one ~10 MB file instead of parsing ~150 MB of models.
// Format: v8.serialize({ header, body }) where body is itself v8-serialized CatalogData. The
// header and the body's sha256 are checked at open; the body (the slow part, ~100 ms) is
// deserialized only when the catalog is first used, keeping it off the start-up path. v8 serialization loads about twice
// as fast as JSON.parse of the same data. Written to a temp file and renamed, so a crash or a
// concurrent server never leaves a half-written cache behind.

import { rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { CATALOG_SCHEMA_VERSION, type CatalogData, type CatalogLogger } from './data-format.js';

interface CacheHeader {
  readonly schemaVersion: number;
  readonly modelCommit: string;
  readonly fingerprint: string;
  /** sha256 of the body: a body damaged on disk is caught, not served until a restart. */
  readonly bodySha256: string;
}

interface CacheFile {
  readonly header: CacheHeader;
  readonly body: Uint8Array;
}

/** A cache hit whose body is not deserialized yet. */
export interface CachedCatalog {
  readonly modelCommit: string;
  /** Deserializes the body; on failure deletes the file (so the next start rebuilds) and throws. */
  load(): CatalogData;
}

/** Commits are hex in practice; anything else is made file-name safe. */
export function cacheFilePath(cacheDir: string, commit: string): string {
  const safe = commit.replace(/[^A-Za-z0-9._-]/g, '_');
  return path.join(cacheDir, `catalog-${safe}-v${CATALOG_SCHEMA_VERSION}.v8`);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function parseBody(body: Uint8Array): CatalogData {
  const data = deserialize(body) as CatalogData;
  if (!data || !Array.isArray(data.services) || !Array.isArray(data.operations)) {
    throw new Error('catalog cache body has no services/operations');
  }
  return data;
}

/** The cache entry when it exists and its header matches this commit, schema and file set. */
export async function readCatalogCache(
  file: string,
  expect: { commit: string; fingerprint: string },
  logger?: CatalogLogger,
): Promise<CachedCatalog | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return undefined; // no cache yet: the normal first start on a commit
  }
  try {
    const { header, body } = deserialize(bytes) as CacheFile;
    if (
      header.schemaVersion === CATALOG_SCHEMA_VERSION &&
      header.modelCommit === expect.commit &&
      header.fingerprint === expect.fingerprint &&
      body instanceof Uint8Array
    ) {
      // Checked here, at open (a few ms for ~10 MB), so a damaged body means a rebuild now rather
      // than every search failing until a restart. Deserializing stays lazy.
      if (sha256(body) !== header.bodySha256) {
        logger?.warn('catalog: cache body is corrupt (checksum mismatch); rebuilding', {
          file: path.basename(file),
        });
        await rm(file, { force: true });
        return undefined;
      }
      return {
        modelCommit: header.modelCommit,
        load: () => {
          try {
            return parseBody(body);
          } catch (e) {
            rmSync(file, { force: true });
            throw e;
          }
        },
      };
    }
    logger?.warn('catalog: cache does not match the model tree; rebuilding', { file: path.basename(file) });
  } catch (e) {
    logger?.warn('catalog: cache unreadable; rebuilding', {
      file: path.basename(file),
      error: e instanceof Error ? e.message : String(e),
    });
  }
  return undefined;
}

export async function writeCatalogCache(file: string, data: CatalogData): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const body = serialize(data);
  const header: CacheHeader = {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    modelCommit: data.modelCommit,
    fingerprint: data.fingerprint,
    bodySha256: sha256(body),
  };
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, serialize({ header, body } satisfies CacheFile));
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
