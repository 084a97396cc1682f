// What the benchmarks that start the built server as a child process share: where the models
// bundle is, a throwaway home for one server (its own models, catalog cache and audit database),
// and the child's resident memory read from /proc.

import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(REPO_ROOT, 'dist', 'bin.js');
const SHARED_DIR = process.env.SHARED_DIR ?? path.resolve(REPO_ROOT, '..', 'shared');
export const BUNDLE = path.join(SHARED_DIR, 'smithy', 'api-models-aws.bundle');

/** A fresh directory for one server, and the environment that keeps all its state inside it. */
export function freshServerHome(
  prefix: string,
  extra: Record<string, string>,
): { work: string; env: NodeJS.ProcessEnv } {
  const work = mkdtempSync(path.join(os.tmpdir(), prefix));
  const env = {
    PATH: process.env.PATH,
    HOME: work,
    SMITHY_SYNC_URL: BUNDLE,
    SMITHY_MODEL_PATH: path.join(work, 'models'),
    AWS_MCP_CACHE_DIR: path.join(work, 'catalog'),
    AUDIT_DB_PATH: path.join(work, 'audit.db'),
    ...extra,
  };
  return { work, env };
}

/** Resident memory of a running process, in MB with one decimal. */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}
