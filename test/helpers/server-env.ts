// How tests start the built server as a user would: `node dist/bin.js` with settings in the
// environment, the shared model clone (no network), a shared catalog cache and a private audit DB.

import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, TEST_MODELS_DIR } from './paths.js';

export const BIN = path.join(REPO_ROOT, 'dist', 'bin.js');
/** Catalog cache shared by every test run (writes are atomic renames, so sharing is safe). */
export const TEST_CATALOG_DIR = path.join(REPO_ROOT, '.cache', 'test-catalog');

export function requireBuild(): void {
  if (!existsSync(BIN)) throw new Error('dist/bin.js is missing: run `npm run build` (npm test does it)');
}

export function serverEnv(extra: Record<string, string> = {}): Record<string, string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aws-tool-mcp-e2e-'));
  return {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    SMITHY_AUTO_SYNC: 'false',
    SMITHY_MODEL_PATH: TEST_MODELS_DIR,
    AWS_MCP_CACHE_DIR: TEST_CATALOG_DIR,
    AUDIT_DB_PATH: path.join(dir, 'audit.db'),
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    LOG_LEVEL: 'warn',
    ...extra,
  };
}
