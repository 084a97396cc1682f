// Runs git without a shell, never prompting, with a bounded run time. The only place that spawns git.

import { execFile } from 'node:child_process';

export interface GitResult {
  readonly stdout: string;
  readonly stderr: string;
}

/** A git command that failed; `reason` is git's own last error line, safe to show (URLs redacted). */
export class GitError extends Error {
  readonly reason: string;
  readonly timedOut: boolean;
  constructor(args: readonly string[], reason: string, timedOut: boolean) {
    super(`git ${args[0] ?? ''} failed: ${reason}`);
    this.name = 'GitError';
    this.reason = reason;
    this.timedOut = timedOut;
  }
}

/** Time limits: a remote probe must be quick; a clone of the full upstream repo may take minutes. */
export const GIT_TIMEOUTS = {
  probe: 30_000,
  local: 120_000,
  transfer: 15 * 60_000,
} as const;

// Git must never wait for a password or passphrase on a terminal nobody is watching, and its
// messages must be in English so that we can recognise them.
function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GCM_INTERACTIVE: 'never',
    GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes',
    LC_ALL: 'C',
    LANGUAGE: 'C',
  };
}

/** Hides user:password@ in URLs so that credentials never reach messages or logs. */
export function redactUrl(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}

function lastErrorLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('hint:'));
  const fatal = lines.filter((l) => /^(fatal|error):/.test(l));
  const line = fatal[0] ?? lines[lines.length - 1] ?? 'unknown error';
  return redactUrl(line.replace(/^(fatal|error):\s*/, ''));
}

export function runGit(
  args: readonly string[],
  opts: { cwd?: string; timeoutMs: number; onStderr?: (chunk: string) => void },
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...args],
      {
        cwd: opts.cwd,
        env: gitEnv(),
        timeout: opts.timeoutMs,
        killSignal: 'SIGTERM',
        maxBuffer: 16 * 1024 * 1024,
        windowsHide: true,
      },
      (err, stdout, stderr) => {
        if (err === null) {
          resolve({ stdout, stderr });
          return;
        }
        const e = err as NodeJS.ErrnoException & { killed?: boolean };
        if (e.code === 'ENOENT') {
          reject(new GitError(args, 'git is not installed or not on PATH', false));
          return;
        }
        const timedOut = e.killed === true;
        const reason = timedOut
          ? `timed out after ${Math.round(opts.timeoutMs / 1000)}s`
          : lastErrorLine(String(stderr));
        reject(new GitError(args, reason, timedOut));
      },
    );
    // Git's own progress (clone --progress), passed through as it comes for a person to watch.
    if (opts.onStderr) child.stderr?.on('data', (chunk: Buffer | string) => opts.onStderr!(String(chunk)));
  });
}

/** `git version x.y.z`, or undefined when git is not installed or not on PATH (for `doctor`). */
export async function gitVersion(): Promise<string | undefined> {
  try {
    return (await runGit(['--version'], { timeoutMs: GIT_TIMEOUTS.probe })).stdout.trim();
  } catch {
    return undefined;
  }
}
