// Gets the Smithy model tree onto disk and says which commit is in use: clone, update, pin, or
// fall back to the local copy. A warm start costs one `git ls-remote` (none when pinned and
// already there, or with auto-sync off). Changes happen under a lock file, fresh clones are
// built in a temp directory and renamed into place, and an interrupted checkout is detected
// by a marker and finished by the next start.

import { existsSync, mkdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ToolError } from '../../errors/tool-error.js';
import type { Logger } from '../../logging/logger.js';
import { silentLogger } from '../../logging/logger.js';
import { keepsChanging, notGit, unknownCommit } from './sync-errors.js';
import { lockPathFor, removeLeftovers, tempPathFor } from './cache-paths.js';
import { discoverModels } from './discover.js';
import { GitError, GIT_TIMEOUTS, redactUrl } from './git.js';
import { gitDirOf, inspectLocal, readHeadCommit } from './local-state.js';
import type { LocalState } from './local-state.js';
import { acquireLock, LockTimeoutError } from './lock.js';
import { checkout, cloneInto, fetchCommit, fetchRef, localCommit, resolveRemoteRef } from './remote.js';
import type { SyncAction, SyncOptions, SyncResult } from './types.js';
import { validateOptions } from './validate.js';
import { reasonOf, repair, switchCommit } from './worktree.js';

// The public face of model sync, so callers import one module.
export type { SyncOptions, SyncResult } from './types.js';

/** A holder that stops refreshing the lock is dead after 2 min. */
const LOCK_STALE_MS = 120_000;
/**
 * With nothing usable on disk we wait as long as another process's clone may take; with a good
 * copy we wait about as long as an update takes, then start on that copy rather than hang.
 */
const LOCK_WAIT_MS = { empty: GIT_TIMEOUTS.transfer + 60_000, ready: 60_000 };

interface Ctx {
  readonly modelPath: string;
  readonly url: string;
  readonly ref: string;
  readonly pinned: string | undefined;
  readonly log: Logger;
  readonly warnings: string[];
  readonly progress: ((chunk: string) => void) | undefined;
}

const short = (sha: string): string => sha.slice(0, 12);

function result(ctx: Ctx, action: SyncAction, commit: string): SyncResult {
  const files = discoverModels(ctx.modelPath);
  if (files.length === 0) {
    throw new ToolError(
      'ModelUnavailable',
      `No Smithy models found in ${ctx.modelPath} (commit ${short(commit)}).`,
      { hint: 'SMITHY_SYNC_URL must point at aws/api-models-aws or a mirror with the same layout.' },
    );
  }
  ctx.log.info('models ready', { action, commit, services: files.length });
  return { tree: { root: ctx.modelPath, commit, files }, warnings: ctx.warnings, action };
}

function offline(ctx: Ctx, commit: string, e: unknown): SyncResult {
  const msg =
    `Could not sync models from ${redactUrl(ctx.url)} (${reasonOf(e)}); ` +
    `using the local copy at commit ${short(commit)}.`;
  ctx.warnings.push(msg); // returned, not logged: the caller shows warnings where it wants
  return result(ctx, 'offline', commit);
}

async function freshClone(ctx: Ctx): Promise<SyncResult> {
  const tmp = tempPathFor(ctx.modelPath);
  mkdirSync(path.dirname(ctx.modelPath), { recursive: true });
  let commit: string | undefined;
  try {
    ctx.progress?.(
      `Cloning the AWS Smithy models from ${redactUrl(ctx.url)} into ${ctx.modelPath} (first run)...\n`,
    );
    await cloneInto(ctx.url, ctx.ref, tmp, ctx.progress);
    commit = readHeadCommit(gitDirOf(tmp) ?? path.join(tmp, '.git'));
    if (ctx.pinned !== undefined) {
      const full =
        (await localCommit(tmp, ctx.pinned)) ??
        (await fetchCommit(tmp, ctx.url, ctx.pinned, existsSync(path.join(tmp, '.git', 'shallow'))));
      if (full === undefined) throw unknownCommit(ctx.pinned!, ctx.url);
      await checkout(tmp, full);
      commit = full;
    }
    if (commit === undefined) throw new GitError(['clone'], 'cloned repository has no HEAD', false);
    if (existsSync(ctx.modelPath)) rmdirSync(ctx.modelPath); // empty (checked under the lock)
    renameSync(tmp, ctx.modelPath);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (e instanceof ToolError) throw e;
    throw new ToolError(
      'ModelUnavailable',
      `Could not clone the models from ${redactUrl(ctx.url)} (ref ${ctx.ref}) into ${ctx.modelPath}: ${reasonOf(e)}.`,
      {
        hint: 'Check SMITHY_SYNC_URL, SMITHY_SYNC_REF and network access, or set SMITHY_AUTO_SYNC=false and SMITHY_MODEL_PATH to an existing clone.',
      },
    );
  }
  ctx.log.info('cloned models', { commit });
  return result(ctx, ctx.pinned !== undefined ? 'pinned' : 'cloned', commit);
}

async function moveToPin(ctx: Ctx, state: { commit: string; shallow: boolean }): Promise<SyncResult> {
  const pinned = ctx.pinned!;
  let full = await localCommit(ctx.modelPath, pinned);
  if (full === undefined) {
    try {
      full = await fetchCommit(ctx.modelPath, ctx.url, pinned, state.shallow);
    } catch (e) {
      // A pin means exactly that commit: falling back to another one would be wrong.
      throw new ToolError(
        'ModelUnavailable',
        `Could not fetch pinned model commit ${pinned} from ${redactUrl(ctx.url)}: ${reasonOf(e)}.`,
        {
          hint: 'Check SMITHY_SYNC_URL and network access, or unset SMITHY_DEFAULT_MODEL_VERSION to use the local copy.',
        },
      );
    }
  }
  if (full === undefined) throw unknownCommit(pinned, ctx.url);
  return checkoutPin(ctx, full, state.commit);
}

/** Moves an existing checkout to the pinned commit (already present locally). */
async function checkoutPin(ctx: Ctx, full: string, previous: string): Promise<SyncResult> {
  try {
    await switchCommit(ctx.modelPath, full, previous);
  } catch (e) {
    if (e instanceof ToolError) throw e;
    throw new ToolError(
      'ModelUnavailable',
      `Could not check out pinned model commit ${full} in ${ctx.modelPath}: ${reasonOf(e)}.`,
      { hint: 'Check free disk space and permissions there, or unset SMITHY_DEFAULT_MODEL_VERSION.' },
    );
  }
  return result(ctx, 'pinned', full);
}

async function update(ctx: Ctx, state: { commit: string; shallow: boolean }): Promise<SyncResult> {
  let fetched: string;
  try {
    fetched = await fetchRef(ctx.modelPath, ctx.url, ctx.ref, state.shallow);
  } catch (e) {
    return offline(ctx, state.commit, e);
  }
  if (fetched === state.commit) return result(ctx, 'unchanged', fetched);
  try {
    await switchCommit(ctx.modelPath, fetched, state.commit);
  } catch (e) {
    if (e instanceof ToolError) throw e;
    return offline(ctx, state.commit, e); // rolled back: the old tree is whole
  }
  ctx.log.info('updated models', { from: state.commit, to: fetched });
  return result(ctx, 'updated', fetched);
}

const sameState = (a: LocalState, b: LocalState): boolean =>
  a.kind === b.kind && (a.kind !== 'ready' || b.kind !== 'ready' || a.commit === b.commit);

async function withLock<T>(ctx: Ctx, state: LocalState, fn: () => Promise<T>): Promise<T> {
  let release: () => void;
  mkdirSync(path.dirname(ctx.modelPath), { recursive: true });
  try {
    release = await acquireLock(lockPathFor(ctx.modelPath), {
      staleMs: LOCK_STALE_MS,
      waitMs: state.kind === 'ready' ? LOCK_WAIT_MS.ready : LOCK_WAIT_MS.empty,
    });
  } catch (e) {
    // A pin must never fall back to another commit.
    if (state.kind === 'ready' && ctx.pinned === undefined) return offline(ctx, state.commit, e) as T;
    if (e instanceof LockTimeoutError) {
      throw new ToolError('ModelUnavailable', `Another process is still syncing ${ctx.modelPath}.`, {
        hint: `Wait for it to finish, or delete ${lockPathFor(ctx.modelPath)} if no such process is running.`,
      });
    }
    throw new ToolError(
      'ModelUnavailable',
      `Cannot lock the model cache at ${ctx.modelPath}: ${reasonOf(e)}.`,
      { hint: 'SMITHY_MODEL_PATH must be in a directory this user can write to.' },
    );
  }
  try {
    return await fn();
  } finally {
    release();
  }
}

/** autoSync=false: no network; use the checkout on disk (finishing an interrupted one). */
async function useLocal(ctx: Ctx): Promise<SyncResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const state = inspectLocal(ctx.modelPath);
    if (state.kind === 'missing' || state.kind === 'empty') {
      throw new ToolError('ModelUnavailable', `No model checkout at ${ctx.modelPath}.`, {
        hint: 'Set SMITHY_AUTO_SYNC=true to clone the models there, or SMITHY_MODEL_PATH to an existing clone of aws/api-models-aws.',
      });
    }
    if (state.kind === 'notGit') throw notGit(ctx.modelPath);
    if (state.kind === 'incomplete') {
      await withLock(ctx, state, async () => {
        const now = inspectLocal(ctx.modelPath);
        if (now.kind === 'incomplete') await repair(ctx.modelPath, now.target, false, ctx.log);
      });
      continue;
    }
    if (ctx.pinned === undefined) return result(ctx, 'unchanged', state.commit);
    if (state.commit.startsWith(ctx.pinned)) return result(ctx, 'pinned', state.commit);
    const full = await localCommit(ctx.modelPath, ctx.pinned);
    if (full === undefined) {
      throw new ToolError(
        'ModelUnavailable',
        `Pinned model commit ${ctx.pinned} is not in the local copy at ${ctx.modelPath} and auto-sync is off.`,
        { hint: 'Set SMITHY_AUTO_SYNC=true to fetch it, or unset SMITHY_DEFAULT_MODEL_VERSION.' },
      );
    }
    return withLock(ctx, state, () => checkoutPin(ctx, full, state.commit));
  }
  throw keepsChanging(ctx.modelPath);
}

/** autoSync=true: bring the checkout to the pin or to the remote ref's tip. */
async function syncRemote(ctx: Ctx): Promise<SyncResult> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const state = inspectLocal(ctx.modelPath);
    if (state.kind === 'notGit') throw notGit(ctx.modelPath);
    if (state.kind === 'ready') {
      if (ctx.pinned !== undefined && state.commit.startsWith(ctx.pinned)) {
        return result(ctx, 'pinned', state.commit);
      }
      if (ctx.pinned === undefined) {
        let remote: string;
        try {
          remote = await resolveRemoteRef(ctx.url, ctx.ref);
        } catch (e) {
          return offline(ctx, state.commit, e);
        }
        if (remote === state.commit) return result(ctx, 'unchanged', remote);
      }
    }
    const done = await withLock(ctx, state, async (): Promise<SyncResult | undefined> => {
      removeLeftovers(ctx.modelPath);
      const now = inspectLocal(ctx.modelPath);
      // Someone else changed the cache while we waited: look at it afresh.
      if (!sameState(now, state)) return undefined;
      if (now.kind === 'missing' || now.kind === 'empty') return freshClone(ctx);
      if (now.kind === 'incomplete') {
        await repair(ctx.modelPath, now.target, true, ctx.log);
        return undefined;
      }
      if (now.kind !== 'ready') throw notGit(ctx.modelPath);
      return ctx.pinned !== undefined ? moveToPin(ctx, now) : update(ctx, now);
    });
    if (done !== undefined) return done;
  }
  throw keepsChanging(ctx.modelPath);
}

export async function syncModels(opts: SyncOptions): Promise<SyncResult> {
  const v = validateOptions(opts);
  const ctx: Ctx = {
    modelPath: path.resolve(opts.modelPath),
    // Local paths become absolute: git runs some commands inside the checkout.
    url: existsSync(opts.syncUrl) ? path.resolve(opts.syncUrl) : opts.syncUrl,
    ref: v.ref,
    pinned: v.pinned,
    log: opts.logger ?? silentLogger,
    warnings: [],
    progress: opts.progress,
  };
  return opts.autoSync ? syncRemote(ctx) : useLocal(ctx);
}
