// Redaction: sensitive member paths from the caller, built-in secret field names, binaries; and the
// invariant that no sensitive value survives, as a property over random documents.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, redact, redactedJson, sensitivePathMatcher } from '../../../src/audit/redact.js';
import { isSecretFieldName } from '../../../src/audit/secret-field-names.js';

describe('redact', () => {
  it('redacts caller-supplied sensitive paths, with * for list items and map values', () => {
    const out = redact(
      { Name: 'x', Config: { Token: 't1', Env: { A: 'v1', B: 'v2' } }, Users: [{ Id: 'u', Pin: '1234' }] },
      { sensitivePaths: ['Config.Token', 'Config.Env.*', 'Users.*.Pin'] },
    );
    expect(out).toEqual({
      Name: 'x',
      Config: { Token: REDACTED, Env: { A: REDACTED, B: REDACTED } },
      Users: [{ Id: 'u', Pin: REDACTED }],
    });
  });

  it('redacts with a predicate', () => {
    expect(redact({ A: { B: 'secret' } }, { isSensitive: (p) => p.join('.') === 'A.B' })).toEqual({
      A: { B: REDACTED },
    });
  });

  it('redacts well-known secret field names whatever the model says', () => {
    const out = redact({
      SecretString: 's',
      SecretBinary: new Uint8Array([1, 2]),
      Credentials: { AccessKeyId: 'AKIA', SecretAccessKey: 'k', SessionToken: 't' },
      MasterUserPassword: 'p',
      private_key: 'pk',
      SecretId: 'my-secret-name',
      Body: new Uint8Array(10),
    });
    expect(out).toEqual({
      SecretString: REDACTED,
      SecretBinary: REDACTED,
      Credentials: { AccessKeyId: 'AKIA', SecretAccessKey: REDACTED, SessionToken: REDACTED },
      MasterUserPassword: REDACTED,
      private_key: REDACTED,
      SecretId: 'my-secret-name',
      Body: '[binary 10 bytes]',
    });
  });

  it('cuts long summaries after redaction', () => {
    const json = redactedJson({ Password: 'p'.repeat(50), Data: 'x'.repeat(500) }, {}, 100)!;
    expect(JSON.parse(json)).toMatchObject({ truncated: true });
    expect(json).not.toContain('ppppp');
  });

  it('the secret field list recognises variants', () => {
    for (const n of ['Password', 'NewPassword', 'db_password', 'SecretAccessKey', 'KeyPassphrase']) {
      expect(isSecretFieldName(n), n).toBe(true);
    }
    for (const n of ['SecretId', 'SecretArn', 'PasswordLastUsed', 'Name', 'KeyId']) {
      expect(isSecretFieldName(n), n).toBe(false);
    }
  });
});

// Random documents with a marked secret planted at a random path; the marker must never survive.
const MARK = 'S3CR3T-MARK';
const key = fc.constantFrom('Name', 'Items', 'Config', 'Value', 'Tags', 'Data', 'Id', 'Nested');
const leaf = fc.oneof(
  fc.string({ maxLength: 8 }).filter((s) => !s.includes('S3CR')),
  fc.integer(),
  fc.boolean(),
);
const doc = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(key, tie('node'), { maxKeys: 3 }),
  ),
})).node;

describe('redaction property', () => {
  it('a value under a sensitive path or a secret field name never appears in the stored JSON', () => {
    fc.assert(
      fc.property(
        fc.dictionary(key, doc, { maxKeys: 4 }),
        fc.array(key, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom('SecretString', 'Password', 'SessionToken', 'PrivateKey'),
        (base, where, useName, secretName) => {
          // Plant the secret at `where` (objects all the way down), under a secret name or a path.
          const root: Record<string, unknown> = structuredClone(base);
          let cur = root;
          for (const k of where.slice(0, -1)) {
            cur[k] = {};
            cur = cur[k] as Record<string, unknown>;
          }
          const last = useName ? secretName : where[where.length - 1]!;
          cur[last] = { inner: [MARK, { deeper: MARK }] };
          const path = [...where.slice(0, -1), last].join('.');
          const json = redactedJson(root, useName ? {} : { sensitivePaths: [path] }, 1_000_000)!;
          expect(json).not.toContain(MARK);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('sensitivePathMatcher matches only whole paths', () => {
    const m = sensitivePathMatcher(['A.*.B']);
    expect(m(['A', 'x', 'B'])).toBe(true);
    expect(m(['A', 'x'])).toBe(false);
    expect(m(['A', 'x', 'B', 'C'])).toBe(false);
  });
});
