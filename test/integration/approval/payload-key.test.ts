// The approval payload hash is keyed (HMAC-SHA256) under a per-install key kept in a 0600 file
// beside the database: not the plain sha256 of the payload (an 8-digit one-time password in it
// could be guessed offline from the approvals table), and the same across restarts, so a token
// issued before a restart redeems after it.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { canonicalJson } from '../../../src/approval/canonical-json.js';
import { loadPayloadKey, payloadKeyPath } from '../../../src/approval/payload-key.js';
import { ApprovalStore } from '../../../src/approval/token-store.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const payload = { PhoneNumber: '+15550100', OneTimePassword: '12345678' };
const request = {
  service: 'sns',
  operation: 'VerifySMSSandboxPhoneNumber',
  region: 'us-east-1',
  keyParameters: {},
};

function dbFile(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'payload-key-')), 'audit.db');
}

describe('the approval payload key', () => {
  it('is created on first use beside the database, readable by its owner only', () => {
    const file = dbFile();
    new ApprovalStore(openAuditDatabase(file));
    const keyFile = payloadKeyPath(file)!;
    expect(path.dirname(keyFile)).toBe(path.dirname(file));
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stores a keyed hash, not the plain sha256 of the payload', () => {
    const file = dbFile();
    const db = openAuditDatabase(file);
    const store = new ApprovalStore(db);
    const hash = store.payloadHash(payload);
    store.issue({ request, payloadHash: hash, mode: 'token', ttlSeconds: 60, now: Date.now() });
    const stored = db.prepare('SELECT payload_hash FROM approvals').pluck().get() as string;
    expect(stored).toBe(hash);
    expect(stored).not.toBe(createHash('sha256').update(canonicalJson(payload)).digest('hex'));
    // Guessing the password from the stored hash needs the key, which is not in the database.
    const guess = (otp: string) =>
      createHash('sha256')
        .update(canonicalJson({ ...payload, OneTimePassword: otp }))
        .digest('hex');
    expect(guess('12345678')).not.toBe(stored);
  });

  it('binds the same way after a restart: a token issued before redeems after', () => {
    const file = dbFile();
    const before = new ApprovalStore(openAuditDatabase(file));
    const { token } = before.issue({
      request,
      payloadHash: before.payloadHash(payload),
      mode: 'token',
      ttlSeconds: 60,
      now: Date.now(),
    });
    const after = new ApprovalStore(openAuditDatabase(file)); // a new process, as far as the key goes
    const binding = { ...request, payloadHash: after.payloadHash(payload), requireOutOfBand: false };
    expect(
      after.redeem(
        token,
        { ...binding, payloadHash: after.payloadHash({ ...payload, OneTimePassword: '1' }) },
        Date.now(),
      ).ok,
    ).toBe(false);
    expect(after.redeem(token, binding, Date.now()).ok).toBe(true);
  });

  it('differs between installs (each database has its own key)', () => {
    const a = new ApprovalStore(openAuditDatabase(dbFile()));
    const b = new ApprovalStore(openAuditDatabase(dbFile()));
    expect(a.payloadHash(payload)).not.toBe(b.payloadHash(payload));
  });

  it('refuses a damaged key file with AuditUnavailable naming it, rather than replacing it', () => {
    const file = dbFile();
    writeFileSync(`${file}.approval-key`, 'not a key');
    expect(() => loadPayloadKey(payloadKeyPath(file))).toThrow(
      expect.objectContaining({ code: 'AuditUnavailable' }),
    );
    expect(readFileSync(`${file}.approval-key`, 'utf8')).toBe('not a key');
  });
});

it('is one key when several processes create it at the same instant', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'payload-key-race-'));
  const keyFile = path.join(dir, 'audit.db.approval-key');
  const goFile = path.join(dir, 'go');
  const worker = path.join(path.dirname(fileURLToPath(import.meta.url)), 'key-worker.ts');
  const runs = [0, 1, 2, 3].map(() => {
    const child = spawn(process.execPath, ['--import', 'tsx', worker, keyFile, goFile], { cwd: REPO_ROOT });
    let out = '';
    let ready: () => void;
    const isReady = new Promise<void>((r) => (ready = r));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.startsWith('ready\n')) ready();
    });
    const key = new Promise<string>((resolve, reject) =>
      child.on('exit', (code) =>
        code === 0 ? resolve(out.split('\n')[1]!) : reject(new Error(`exit ${code}`)),
      ),
    );
    return { isReady, key };
  });
  await Promise.all(runs.map((r) => r.isReady));
  writeFileSync(goFile, '');
  const keys = await Promise.all(runs.map((r) => r.key));
  expect(new Set(keys).size).toBe(1);
  expect(keys[0]).toBe(readFileSync(keyFile, 'utf8'));
}, 60_000);
