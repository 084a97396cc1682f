import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, LockTimeoutError } from '../../../src/model/source/lock.js';

let dir: string;
let lock: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lock-'));
  lock = path.join(dir, 'models.lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('acquireLock', () => {
  it('excludes a second holder until the first releases', async () => {
    const release = await acquireLock(lock, { waitMs: 5000, staleMs: 60_000 });
    await expect(acquireLock(lock, { waitMs: 300, staleMs: 60_000 })).rejects.toBeInstanceOf(
      LockTimeoutError,
    );
    release();
    expect(existsSync(lock)).toBe(false);
    const again = await acquireLock(lock, { waitMs: 300, staleMs: 60_000 });
    again();
  });

  it('takes over a lock whose holder died on this host', async () => {
    writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: hostname(), token: 'x' }));
    const release = await acquireLock(lock, { waitMs: 300, staleMs: 60_000 });
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    release();
  });

  it('takes over a lock nobody refreshed for longer than staleMs, even from another host', async () => {
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: 'elsewhere', token: 'x' }));
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(lock, old, old);
    const release = await acquireLock(lock, { waitMs: 300, staleMs: 60_000 });
    release();
  });

  it('does not take over a fresh lock held by a live process', async () => {
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), token: 'other' }));
    await expect(acquireLock(lock, { waitMs: 300, staleMs: 60_000 })).rejects.toBeInstanceOf(
      LockTimeoutError,
    );
    expect(JSON.parse(readFileSync(lock, 'utf8')).token).toBe('other');
  });
});
