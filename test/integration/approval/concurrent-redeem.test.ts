// A token redeems exactly once under a real race: 5 processes x 10 attempts, each process with its
// own SQLite connection, all released at the same instant.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { hashPayload } from '../../../src/approval/canonical-json.js';
import { ApprovalStore } from '../../../src/approval/token-store.js';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { REPO_ROOT } from '../../helpers/paths.js';

/** Any key will do here: these tests hash both sides of a binding with it. */
const TEST_PAYLOAD_KEY = Buffer.alloc(32, 7);

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'redeem-worker.ts');
let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function startWorker(args: string[]): {
  ready: Promise<void>;
  done: Promise<{ ok: number; reasons: string[] }>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { cwd: REPO_ROOT });
  let out = '';
  let err = '';
  let onReady: () => void;
  const ready = new Promise<void>((r) => (onReady = r));
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.startsWith('ready\n')) onReady();
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<{ ok: number; reasons: string[] }>((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.split('\n')[1]!))
        : reject(new Error(`worker exited ${code}: ${err}`)),
    ),
  );
  return { ready, done };
}

it('50 concurrent redemptions of one token across 5 processes: exactly one succeeds', async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'redeem-race-'));
  const file = path.join(dir, 'audit.db');
  const goFile = path.join(dir, 'go');
  const db = openAuditDatabase(file);
  const payloadHash = hashPayload({ Bucket: 'b' }, TEST_PAYLOAD_KEY);
  const { token } = new ApprovalStore(db).issue({
    request: { service: 's3', operation: 'DeleteBucket', region: 'eu-west-1', keyParameters: {} },
    payloadHash,
    mode: 'token',
    ttlSeconds: 600,
    now: Date.now(),
  });
  db.close();

  const workers = Array.from({ length: 5 }, () => startWorker([file, token, payloadHash, '10', goFile]));
  await Promise.all(workers.map((w) => w.ready));
  writeFileSync(goFile, '');
  const results = await Promise.all(workers.map((w) => w.done));
  const attempts = results.flatMap((r) => [...Array(r.ok).fill('ok'), ...r.reasons]);
  expect(attempts).toHaveLength(50);
  expect(results.reduce((n, r) => n + r.ok, 0)).toBe(1);
  expect(attempts.filter((a) => a !== 'ok').every((a) => a === 'unknown')).toBe(true);
});
