// Starts the built server over Streamable HTTP as a user would (`serve --http`) and waits for the
// URL it logs; or for its exit, when a configuration must refuse to start.

import { spawn, type ChildProcess } from 'node:child_process';
import { BIN } from './server-env.js';

export interface HttpServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Everything the server wrote to stderr so far. */
  readonly stderr: () => string;
  readonly stop: () => void;
}

export function startHttpServer(env: Record<string, string>): Promise<HttpServerProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--http'], {
    env: { AWS_MCP_HTTP_PORT: '0', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let seen = '';
  // A server that never says where it listens is not left running behind a failed test.
  const guard = setTimeout(() => child.kill(), 50_000);
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /"msg":"listening","url":"([^"]+)"/.exec(seen);
      if (m) {
        clearTimeout(guard);
        resolve({ child, url: m[1]!, stderr: () => seen, stop: () => child.kill() });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${seen}`)));
  });
}

/** Runs `serve --http` expecting it to refuse: resolves with its exit code and stderr. */
export function refusedHttpServer(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--http'], {
    env: { AWS_MCP_HTTP_PORT: '0', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let seen = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    seen += chunk.toString();
    // It started after all: stop it at once (the test then fails on the exit code).
    if (seen.includes('"msg":"listening"')) child.kill();
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr: seen })));
}

/** Resolves once the instance's `/readyz` answers 200 (models loaded, state store reachable). */
export async function untilReady(instance: HttpServerProcess): Promise<void> {
  const url = new URL('/readyz', instance.url);
  for (let i = 0; i < 300; i++) {
    if ((await fetch(url).catch(() => undefined))?.status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`instance not ready: ${instance.stderr()}`);
}
