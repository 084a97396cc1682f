// What is on disk at the model path, read from files only (no git process): a warm start must
// cost nothing. Also the marker that flags a checkout interrupted half-way.

import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type LocalState =
  | { readonly kind: 'missing' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'notGit' }
  | { readonly kind: 'ready'; readonly commit: string; readonly shallow: boolean }
  /** A checkout was interrupted (or is running in another process): its files are mixed. */
  | { readonly kind: 'incomplete'; readonly target: string | undefined };

const SHA = /^[0-9a-f]{40}$/;
const MARKER = 'aws-tool-mcp-checkout';

/** The git directory of a checkout (`.git`, or where a `.git` file points for worktrees). */
export function gitDirOf(checkout: string): string | undefined {
  const dotGit = path.join(checkout, '.git');
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
    const m = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
    return m?.[1] !== undefined ? path.resolve(checkout, m[1].trim()) : undefined;
  } catch {
    return undefined;
  }
}

function readRef(gitDir: string, ref: string): string | undefined {
  // Worktrees keep refs in the common dir; loose refs win over packed ones.
  const dirs = [gitDir];
  try {
    dirs.push(path.resolve(gitDir, readFileSync(path.join(gitDir, 'commondir'), 'utf8').trim()));
  } catch {
    // not a worktree
  }
  for (const dir of dirs) {
    try {
      const sha = readFileSync(path.join(dir, ref), 'utf8').trim();
      if (SHA.test(sha)) return sha;
    } catch {
      // try packed-refs
    }
    try {
      for (const line of readFileSync(path.join(dir, 'packed-refs'), 'utf8').split('\n')) {
        const [sha, name] = line.trim().split(' ');
        if (name === ref && sha !== undefined && SHA.test(sha)) return sha;
      }
    } catch {
      // no packed refs
    }
  }
  return undefined;
}

/** HEAD's commit, from files; undefined when it cannot be read that way (caller may ask git). */
export function readHeadCommit(gitDir: string): string | undefined {
  let head: string;
  try {
    head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
  } catch {
    return undefined;
  }
  if (SHA.test(head)) return head;
  const m = /^ref:\s*(\S+)$/.exec(head);
  return m?.[1] !== undefined ? readRef(gitDir, m[1]) : undefined;
}

export function inspectLocal(modelPath: string): LocalState {
  if (!existsSync(modelPath)) return { kind: 'missing' };
  const gitDir = gitDirOf(modelPath);
  if (gitDir === undefined) {
    try {
      return readdirSync(modelPath).length === 0 ? { kind: 'empty' } : { kind: 'notGit' };
    } catch {
      return { kind: 'notGit' };
    }
  }
  const marker = readMarker(gitDir);
  if (marker !== null) return { kind: 'incomplete', target: marker };
  const commit = readHeadCommit(gitDir);
  // A .git we cannot read (no HEAD yet) is as good as a broken checkout.
  if (commit === undefined) return { kind: 'incomplete', target: undefined };
  return { kind: 'ready', commit, shallow: existsSync(path.join(gitDir, 'shallow')) };
}

/** null when no checkout is in progress; the target commit (if recorded) otherwise. */
function readMarker(gitDir: string): string | undefined | null {
  try {
    const text = readFileSync(path.join(gitDir, MARKER), 'utf8').trim();
    return SHA.test(text) ? text : undefined;
  } catch {
    return null;
  }
}

/** Written before the working tree starts changing, removed once it matches `target` again. */
export function markCheckoutStarted(gitDir: string, target: string): void {
  writeFileSync(path.join(gitDir, MARKER), `${target}\n`);
}

export function markCheckoutDone(gitDir: string): void {
  rmSync(path.join(gitDir, MARKER), { force: true });
}

/**
 * Removes git's index.lock left by a git killed mid-checkout. A git orphaned by our own killed
 * process may still be finishing, so a recent lock gets up to `maxWaitMs` to go away first.
 */
export async function clearIndexLock(gitDir: string, maxWaitMs = 60_000): Promise<void> {
  const file = path.join(gitDir, 'index.lock');
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    let ageMs: number;
    try {
      ageMs = Date.now() - statSync(file).mtimeMs;
    } catch {
      return; // no lock
    }
    if (ageMs > maxWaitMs || Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  rmSync(file, { force: true });
}
