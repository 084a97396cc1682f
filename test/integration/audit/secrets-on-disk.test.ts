// Secrets never reach the disk: records carrying secrets (by field name and by the model's
// sensitive trait) are written, then the raw bytes of the database, its WAL and shared memory file
// are searched for them, both while the database is open and after a checkpoint.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { AuditStore } from '../../../src/audit/audit-store.js';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { operationOf } from '../../helpers/models.js';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

const SECRETS = {
  secretString: 'SecretString-value-7f3a9c',
  password: 'MasterPassword-value-18d2e',
  sessionToken: 'SessionToken-value-c0ffee',
  sensitiveMember: 'SensitiveMember-value-42b1',
  responseKey: 'SecretAccessKey-value-9e9e',
  plaintext: 'KmsPlaintext-value-a1a1',
};

function grep(file: string): string[] {
  if (!existsSync(file)) return [];
  const bytes = readFileSync(file);
  return Object.values(SECRETS).filter(
    (s) => bytes.includes(Buffer.from(s)) || bytes.includes(Buffer.from(s, 'utf16le')),
  );
}

it('no secret appears in the database file, its -wal or -shm', () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'audit-secrets-'));
  const file = path.join(dir, 'audit.db');
  const db = openAuditDatabase(file);
  const store = new AuditStore(db);
  const { model, op } = operationOf('cognito-identity-provider', 'AdminUpdateUserAttributes');
  for (let i = 0; i < 50; i++) {
    const txId = store.begin({
      service: 'secretsmanager',
      operation: 'CreateSecret',
      request: {
        Name: `n${i}`,
        SecretString: SECRETS.secretString,
        Nested: { MasterUserPassword: SECRETS.password, List: [{ SessionToken: SECRETS.sessionToken }] },
        UserAttributes: [{ Name: 'pin', Value: SECRETS.sensitiveMember }],
      },
      // AdminUpdateUserAttributes marks UserAttributes[].Value sensitive.
      redaction: { model, shapeId: model.inputOf(op) },
    });
    store.op(txId, { kind: 'call', httpStatus: 200 });
    store.complete(txId, {
      status: 'succeeded',
      response: { Credentials: { SecretAccessKey: SECRETS.responseKey }, Plaintext: SECRETS.plaintext },
    });
  }
  const files = [file, `${file}-wal`, `${file}-shm`];
  expect(existsSync(`${file}-wal`)).toBe(true);
  expect(files.flatMap(grep)).toEqual([]);
  // The check itself works: the non-secret name is on disk.
  expect(files.some((f) => existsSync(f) && readFileSync(f).includes(Buffer.from('CreateSecret')))).toBe(
    true,
  );
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  expect(files.flatMap(grep)).toEqual([]);
});
