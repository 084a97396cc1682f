// What the audit stores: the shared redactor (model's sensitive trait and secret names), binaries
// summarised; and the invariant that no secret survives, as a property over random documents.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactedJson } from '../../../src/audit/redact.js';
import { isSecretName } from '../../../src/redaction/secret-names.js';
import { REDACTED } from '../../../src/redaction/redact.js';
import { ServiceModel } from '../../../src/model/service-model.js';
import { operationOf } from '../../helpers/models.js';

const stored = (value: unknown, ctx = {}) => JSON.parse(redactedJson(value, ctx, 1_000_000)!);

describe('redact for the audit', () => {
  it('redacts what the model marks sensitive when given the model', () => {
    const { model, op } = operationOf('cognito-identity-provider', 'AdminGetUser');
    const out = stored(
      { Username: 'u', UserAttributes: [{ Name: 'email', Value: 'a@example.com' }] },
      { model, shapeId: model.outputOf(op) },
    );
    expect(out.UserAttributes).toEqual([{ Name: 'email', Value: REDACTED }]);
  });

  it('redacts well-known secret field names whatever the model says', () => {
    const out = stored({
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
    expect(stored({ Body: Buffer.from('abc') })).toEqual({ Body: '[binary 3 bytes]' });
  });

  it('cuts long summaries after redaction', () => {
    const json = redactedJson({ Password: 'p'.repeat(50), Data: 'x'.repeat(500) }, {}, 100)!;
    expect(JSON.parse(json)).toMatchObject({ truncated: true });
    expect(json).not.toContain('ppppp');
  });

  it('the secret field list recognises variants', () => {
    for (const n of ['Password', 'NewPassword', 'db_password', 'SecretAccessKey', 'KeyPassphrase']) {
      expect(isSecretName(n), n).toBe(true);
    }
    for (const n of ['SecretId', 'SecretArn', 'PasswordLastUsed', 'Name', 'KeyId']) {
      expect(isSecretName(n), n).toBe(false);
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

/** A model whose input nests structures along `path`, the last member marked sensitive. */
function nestedSensitiveModel(path: readonly string[]) {
  const ns = 'test.nested';
  const shapes: Record<string, unknown> = {
    [`${ns}#Svc`]: { type: 'service', version: '1', operations: [] },
    [`${ns}#Leaf`]: { type: 'structure', members: {} },
  };
  path.forEach((name, i) => {
    const last = i === path.length - 1;
    shapes[`${ns}#S${i}`] = {
      type: 'structure',
      members: {
        [name]: {
          target: last ? `${ns}#Leaf` : `${ns}#S${i + 1}`,
          ...(last ? { traits: { 'smithy.api#sensitive': {} } } : {}),
        },
      },
    };
  });
  return { model: new ServiceModel({ smithy: '2.0', shapes } as any), shapeId: `${ns}#S0` };
}

describe('redaction property', () => {
  it('a value under a sensitive member or a secret name never appears in the stored JSON', () => {
    fc.assert(
      fc.property(
        fc.dictionary(key, doc, { maxKeys: 4 }),
        fc.array(key, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom('SecretString', 'Password', 'SessionToken', 'PrivateKey'),
        (base, where, useName, secretName) => {
          // Plant the secret at `where` (objects all the way down), under a secret name or under a
          // member the model marks sensitive (Password of a synthetic one-member model).
          const root: Record<string, unknown> = structuredClone(base);
          let cur = root;
          for (const k of where.slice(0, -1)) {
            cur[k] = {};
            cur = cur[k] as Record<string, unknown>;
          }
          const last = useName ? secretName : where[where.length - 1]!;
          cur[last] = { inner: [MARK, { deeper: MARK }] };
          const json = redactedJson(root, useName ? {} : nestedSensitiveModel(where), 1_000_000)!;
          expect(json).not.toContain(MARK);
        },
      ),
      { numRuns: 500 },
    );
  });
});
