// A cross-process lock file so that only one process at a time changes the model cache.
// Created with O_EXCL; the holder refreshes its mtime while it works, so a lock whose holder
// died (killed mid-clone) is recognised as stale by a dead pid on this host or by its age.

import { randomBytes } from 'node:crypto';
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';

export interface LockOptions {
  /** Give up waiting for another holder after this long. */
  readonly waitMs: number;
  /** A lock not refreshed for this long is abandoned. */
  readonly staleMs: number;
  readonly pollMs?: number;
}

export class LockTimeoutError extends Error {
  constructor() {
    super('timed out waiting for another process to finish syncing the models');
    this.name = 'LockTimeoutError';
  }
}

interface Holder {
  readonly pid?: number;
  readonly host?: string;
  readonly token?: string;
}

function readHolder(file: string): { holder: Holder; text: string; ageMs: number } | undefined {
  try {
    const text = readFileSync(file, 'utf8');
    const ageMs = Date.now() - statSync(file).mtimeMs;
    let holder: Holder = {};
    try {
      holder = JSON.parse(text) as Holder;
    } catch {
      // created but not yet written, or garbage: judged by age alone
    }
    return { holder, text, ageMs };
  } catch {
    return undefined;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(info: { holder: Holder; ageMs: number }, staleMs: number): boolean {
  const { pid, host } = info.holder;
  if (typeof pid === 'number' && host === hostname() && !pidAlive(pid)) return true;
  return info.ageMs > staleMs;
}

// Breaking a stale lock must not break a fresh one that replaced it in the meantime: move it
// aside atomically, and put it back if what we moved is not what we judged stale.
function breakStale(file: string, judgedText: string): void {
  const aside = `${file}.stale-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // someone else broke it first
  }
  let movedText = '';
  try {
    movedText = readFileSync(aside, 'utf8');
  } catch {
    // unreadable: treat as the stale one
  }
  if (movedText !== judgedText) {
    try {
      linkSync(aside, file);
    } catch {
      // a new lock already took its place; the moved one's holder will notice on release
    }
  }
  rmSync(aside, { force: true });
}

function tryCreate(file: string, token: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), token, since: new Date() }));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Waits for the lock and returns its release function. */
export async function acquireLock(file: string, opts: LockOptions): Promise<() => void> {
  const token = randomBytes(8).toString('hex');
  const deadline = Date.now() + opts.waitMs;
  const pollMs = opts.pollMs ?? 100;
  for (;;) {
    if (tryCreate(file, token)) break;
    const info = readHolder(file);
    if (info !== undefined && isStale(info, opts.staleMs)) {
      breakStale(file, info.text);
      continue;
    }
    if (Date.now() >= deadline) throw new LockTimeoutError();
    await new Promise((r) => setTimeout(r, pollMs));
  }
  const heartbeat = setInterval(
    () => {
      try {
        const now = new Date();
        utimesSync(file, now, now);
      } catch {
        // lock gone; release will find out
      }
    },
    Math.max(1000, Math.floor(opts.staleMs / 4)),
  );
  heartbeat.unref();
  return () => {
    clearInterval(heartbeat);
    const info = readHolder(file);
    if (info?.holder.token === token) rmSync(file, { force: true });
  };
}
