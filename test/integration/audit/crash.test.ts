// Durability: a writer killed with SIGKILL mid-loop loses no record of a call it had acknowledged
// (synchronous=NORMAL in WAL mode is durable against process crashes).

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { AuditStore } from '../../../src/audit/audit-store.js';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const WRITER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'crash-writer.ts');
let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

// FULL only adds power-loss durability (an fsync per commit); NORMAL is the default under test.
it('kill -9 loses no acknowledged call (synchronous=NORMAL)', async () => {
  const synchronous = 'NORMAL';
  dir = mkdtempSync(path.join(os.tmpdir(), 'audit-crash-'));
  const file = path.join(dir, 'audit.db');
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file, synchronous], { cwd: REPO_ROOT });
  const acked: string[] = [];
  let buffered = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  await new Promise<void>((resolve, reject) => {
    child.on('exit', () => reject(new Error(`writer exited early: ${stderr}`)));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const l of lines) if (l.startsWith('ack ')) acked.push(l.slice(4));
      if (acked.length >= 300) {
        child.kill('SIGKILL');
        resolve();
      }
    });
  });
  expect(await exited).toBe('SIGKILL');

  const db = openAuditDatabase(file);
  try {
    const entries = new Map(new AuditStore(db).list({ limit: 1_000_000 }).map((e) => [e.txId, e]));
    expect(entries.size).toBeGreaterThanOrEqual(acked.length);
    for (const txId of acked) {
      const e = entries.get(txId);
      expect(e?.status, txId).toBe('succeeded');
      expect(e?.ops).toHaveLength(1);
    }
  } finally {
    db.close();
  }
});
