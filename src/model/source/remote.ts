// The git operations of a sync: ask the remote for a ref's commit, clone, fetch, check out.
// User strings (URL, ref, commit) always follow `--` or are validated first, so git never
// reads them as options.

import { rmSync, statSync } from 'node:fs';
import { GitError, GIT_TIMEOUTS, runGit } from './git.js';

/** Bundles and local repositories cannot serve shallow clones; only URLs get `--depth 1`. */
export type SourceKind = 'bundle' | 'localRepo' | 'remote';

export function sourceKind(url: string): SourceKind {
  try {
    return statSync(url).isFile() ? 'bundle' : 'localRepo';
  } catch {
    return 'remote';
  }
}

export class RefNotFoundError extends Error {
  constructor(readonly ref: string) {
    super(`ref '${ref}' not found`);
    this.name = 'RefNotFoundError';
  }
}

/** The commit `ref` (branch, tag or `HEAD`) points at on the remote: one cheap git call. */
export async function resolveRemoteRef(url: string, ref: string): Promise<string> {
  const { stdout } = await runGit(['ls-remote', '--', url, ref], { timeoutMs: GIT_TIMEOUTS.probe });
  const byName = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const [sha, name] = line.split('\t');
    if (sha !== undefined && name !== undefined) byName.set(name.trim(), sha.trim());
  }
  // ls-remote matches patterns by suffix (`v1` matches refs/heads/x/v1): pick exact names only,
  // preferring a branch, then an annotated tag's commit, then a lightweight tag.
  const candidates = [ref, `refs/heads/${ref}`, `refs/tags/${ref}^{}`, `refs/tags/${ref}`];
  for (const name of candidates) {
    const sha = byName.get(name);
    if (sha !== undefined) return sha;
  }
  throw new RefNotFoundError(ref);
}

const SHALLOW_UNSUPPORTED = /shallow|depth|dumb http/i;

/** Clones `ref` of `url` into `dest` (which must not exist), showing git's progress when asked. */
export async function cloneInto(
  url: string,
  ref: string,
  dest: string,
  progress?: (chunk: string) => void,
): Promise<void> {
  const verbosity = progress ? '--progress' : '--quiet';
  const base = ['clone', verbosity, '--no-tags', '--single-branch', '--branch', ref];
  const opts = { timeoutMs: GIT_TIMEOUTS.transfer, ...(progress ? { onStderr: progress } : {}) };
  if (sourceKind(url) === 'remote') {
    try {
      await runGit([...base, '--depth', '1', '--', url, dest], opts);
      return;
    } catch (e) {
      if (!(e instanceof GitError) || !SHALLOW_UNSUPPORTED.test(e.reason)) throw e;
      rmSync(dest, { recursive: true, force: true });
    }
  }
  await runGit([...base, '--', url, dest], opts);
}

/** Fetches the tip of `ref` into `repo` without touching its working tree; returns the commit. */
export async function fetchRef(repo: string, url: string, ref: string, shallow: boolean): Promise<string> {
  const depth = shallow && sourceKind(url) === 'remote' ? ['--depth', '1'] : [];
  await runGit(['fetch', '--quiet', '--no-tags', ...depth, '--', url, ref], {
    cwd: repo,
    timeoutMs: GIT_TIMEOUTS.transfer,
  });
  // Peel through annotated tags: we record commits.
  const sha = await localCommit(repo, 'FETCH_HEAD');
  if (sha === undefined) throw new GitError(['fetch'], 'no commit fetched', false);
  return sha;
}

/** Full sha of `commit` if the repository has that commit object, else undefined. */
export async function localCommit(repo: string, commit: string): Promise<string | undefined> {
  try {
    const { stdout } = await runGit(['rev-parse', '--verify', '--quiet', `${commit}^{commit}`], {
      cwd: repo,
      timeoutMs: GIT_TIMEOUTS.local,
    });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes `commit` present in `repo`: first by asking for it directly (works on GitHub and
 * protocol v2 servers, even from a shallow clone), then by fetching every branch and tag in
 * full. Returns the full sha, or undefined when the remote does not have it.
 */
export async function fetchCommit(
  repo: string,
  url: string,
  commit: string,
  shallow: boolean,
): Promise<string | undefined> {
  const remote = sourceKind(url) === 'remote';
  if (/^[0-9a-f]{40}$/.test(commit)) {
    try {
      const depth = shallow && remote ? ['--depth', '1'] : [];
      await runGit(['fetch', '--quiet', '--no-tags', ...depth, '--', url, commit], {
        cwd: repo,
        timeoutMs: GIT_TIMEOUTS.transfer,
      });
      const found = await localCommit(repo, commit);
      if (found !== undefined) return found;
    } catch (e) {
      if (e instanceof GitError && /unable to access|could not read|timed out/i.test(e.reason)) {
        throw e; // the remote is unreachable: asking again in another way will not help
      }
    }
  }
  const unshallow = shallow && remote ? ['--unshallow'] : [];
  await runGit(
    [
      'fetch',
      '--quiet',
      ...unshallow,
      '--',
      url,
      '+refs/heads/*:refs/remotes/sync/*',
      '+refs/tags/*:refs/tags/*',
    ],
    { cwd: repo, timeoutMs: GIT_TIMEOUTS.transfer },
  );
  return localCommit(repo, commit);
}

/** Moves the working tree to `commit` (detached: we follow commits, not local branches). */
export async function checkout(repo: string, commit: string): Promise<void> {
  await runGit(['-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--force', '--detach', commit], {
    cwd: repo,
    timeoutMs: GIT_TIMEOUTS.local,
  });
}
