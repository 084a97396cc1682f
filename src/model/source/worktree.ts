// Changes the working tree of the model checkout so that an interruption is always noticed:
// a marker names the target commit while files are changing, a failed switch is rolled back,
// and the next start finishes (or replaces) a checkout that a killed process left half-done.

import { renameSync } from 'node:fs';
import { ToolError } from '../../errors/tool-error.js';
import type { Logger } from '../../logging/logger.js';
import { removeLeftovers, tempPathFor } from './cache-paths.js';
import { GitError, redactUrl } from './git.js';
import { clearIndexLock, gitDirOf, markCheckoutDone, markCheckoutStarted } from './local-state.js';
import { checkout, localCommit } from './remote.js';

export function reasonOf(e: unknown): string {
  if (e instanceof GitError) return e.reason;
  return e instanceof Error ? redactUrl(e.message) : 'unknown error';
}

async function checkoutMarked(repo: string, commit: string): Promise<void> {
  const gitDir = gitDirOf(repo);
  if (gitDir === undefined) throw new GitError(['checkout'], 'not a git checkout', false);
  markCheckoutStarted(gitDir, commit);
  await checkout(repo, commit);
  markCheckoutDone(gitDir);
}

/**
 * Moves the checkout at `repo` from `previous` to `target`. If that fails it is put back at
 * `previous` and git's error is rethrown; if even that fails, a ToolError says so (the marker
 * stays, so the next start repairs it).
 */
export async function switchCommit(repo: string, target: string, previous: string): Promise<void> {
  try {
    await checkoutMarked(repo, target);
  } catch (e) {
    try {
      await checkoutMarked(repo, previous);
    } catch {
      throw new ToolError(
        'ModelUnavailable',
        `The model checkout at ${repo} could not be switched to commit ${target.slice(0, 12)} (${reasonOf(e)}) and is left half-updated.`,
        { hint: 'Check free disk space and permissions there; the next start repairs it.' },
      );
    }
    throw e;
  }
}

/**
 * Finishes a checkout that a killed process left half-done (call it holding the sync lock).
 * When that is impossible the checkout is moved aside and deleted so that it is cloned afresh,
 * or, if re-cloning is not allowed, a ToolError says what to do.
 */
export async function repair(
  repo: string,
  target: string | undefined,
  canReclone: boolean,
  log: Logger,
): Promise<void> {
  const gitDir = gitDirOf(repo);
  if (gitDir !== undefined) {
    // We hold the lock: an index.lock here belongs to a git whose process of ours was killed.
    await clearIndexLock(gitDir);
    const commit = target ?? (await localCommit(repo, 'HEAD'));
    if (commit !== undefined) {
      try {
        await checkoutMarked(repo, commit);
        log.warn('finished an interrupted model checkout', { commit });
        return;
      } catch (e) {
        log.warn('could not finish an interrupted model checkout', { reason: reasonOf(e) });
      }
    }
  }
  if (!canReclone) {
    throw new ToolError(
      'ModelUnavailable',
      `The model checkout at ${repo} was left half-updated and cannot be repaired without syncing.`,
      { hint: 'Set SMITHY_AUTO_SYNC=true to clone it again, or delete that directory.' },
    );
  }
  // Moved aside under a temp name: removeLeftovers deletes it now or, if we die, next time.
  renameSync(repo, tempPathFor(repo));
  removeLeftovers(repo);
  log.warn('replaced a model checkout that could not be repaired');
}
