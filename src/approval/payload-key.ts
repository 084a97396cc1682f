// The per-install secret key that payload hashes are computed under (canonical-json.ts). It is
// kept outside the database, in a file beside it readable only by its owner (0600), created on
// first use: a copy of the database alone (backup, shared audit export) does not let anyone test
// guesses of a payload's secrets against the stored hashes. The same key across restarts keeps a
// token issued before a restart redeemable after it.

import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { ToolError } from '../errors/tool-error.js';

const KEY_BYTES = 32;

/** Where the key of the database file `dbFile` lives; undefined for an in-memory database. */
export function payloadKeyPath(dbFile: string): string | undefined {
  return dbFile === '' || dbFile === ':memory:' ? undefined : `${dbFile}.approval-key`;
}

/**
 * The key stored at `file`, created (atomically: written aside, then linked into place, so two
 * processes starting together agree on one key) when absent. Without a file: a fresh random key.
 */
export function loadPayloadKey(file: string | undefined): Buffer {
  if (file === undefined) return randomBytes(KEY_BYTES);
  try {
    return readKey(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw keyError(file, e);
  }
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    writeFileSync(aside, randomBytes(KEY_BYTES).toString('hex'), { mode: 0o600, flag: 'wx' });
    try {
      linkSync(aside, file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; // another process won: use its key
    } finally {
      unlinkSync(aside);
    }
    return readKey(file);
  } catch (e) {
    throw keyError(file, e);
  }
}

function readKey(file: string): Buffer {
  const text = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(text)) {
    throw new Error('not 64 hex digits');
  }
  chmodSync(file, 0o600);
  return Buffer.from(text, 'hex');
}

function keyError(file: string, e: unknown): ToolError {
  const why = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
  return new ToolError(
    'AuditUnavailable',
    'The approval key beside the audit database cannot be read or created.',
    {
      hint: `Check ${file} (${why}): it must hold 64 hex digits and be writable once by the server's user; delete it to make a new one (pending confirmation tokens then stop working).`,
    },
  );
}
