// The secret-name table, entry by entry: each rule's example member exists in the models and its
// value is hidden (the model alone would show it, or the rule is backed by the model); each name
// deliberately left visible stays visible. Booleans under a secret name are kept.

import { describe, expect, it } from 'vitest';
import { NOT_SECRET_NAMES, SECRET_NAME_RULES } from '../../../src/redaction/secret-name-table.js';
import { isSecretName, nameWords, secretNameRule } from '../../../src/redaction/secret-names.js';
import { isSensitiveMember, redact, REDACTED } from '../../../src/redaction/redact.js';
import { loadServiceModel } from '../../helpers/models.js';

const VALUE = 'v4lue-0f-the-member';

function exampleMember(example: string) {
  const [directory, ref] = example.split(' ') as [string, string];
  const [shape, member] = ref.split('.') as [string, string];
  const model = loadServiceModel(directory);
  const shapeId = `${model.namespace}#${shape}`;
  const m = model.members(shapeId).find((x) => x.name === member);
  return { model, shapeId, member, m };
}

describe('secret names: every rule, on the member it exists for', () => {
  it.each(SECRET_NAME_RULES.filter((r) => r.example).map((r) => [r.words, r] as const))(
    '%s',
    (_words, rule) => {
      const { model, shapeId, member, m } = exampleMember(rule.example!);
      expect(m, `${rule.example} exists in the bundle`).toBeDefined();
      expect(secretNameRule(member)).toBe(rule);
      const target = model.shape(m!.target);
      const value = target?.type === 'list' ? [VALUE] : VALUE;
      const shown = { [member]: value };
      // With the model, the value is hidden (or its whole structure is, when that shape is sensitive).
      expect(JSON.stringify(redact(shown, { model, shapeId }))).not.toContain(VALUE);
      // And by name alone (logs, approval records), without the model.
      expect(redact(shown)).toEqual({ [member]: REDACTED });
    },
  );

  it('finds secrets the models do not mark sensitive (why the names exist at all)', () => {
    const unmarked = SECRET_NAME_RULES.filter((r) => r.example).filter((r) => {
      const { model, m } = exampleMember(r.example!);
      return !isSensitiveMember(model, m!);
    });
    expect(unmarked.map((r) => r.example)).toEqual(
      expect.arrayContaining([
        'mq CreateUserRequest.Password',
        'codeartifact GetAuthorizationTokenResult.authorizationToken',
        'direct-connect BGPPeer.authKey',
        'firehose SplunkDestinationConfiguration.HECToken',
      ]),
    );
  });

  it('an ARN under a credential name is shown, anything else under it is not', () => {
    expect(redact({ credentials: 'arn:aws:iam::123456789012:role/apigw' })).toEqual({
      credentials: 'arn:aws:iam::123456789012:role/apigw',
    });
    expect(redact({ Credential: 'AIzaSyA-gcm-server-key' })).toEqual({ Credential: REDACTED });
    expect(redact({ Password: 'arn:aws:iam::123456789012:role/x' })).toEqual({ Password: REDACTED });
  });

  it('booleans and nulls under secret names are kept; objects are walked', () => {
    const value = {
      ManageMasterUserPassword: true,
      HasTokenKey: false,
      Password: null,
      Credentials: { AccessKeyId: 'AKIA', SecretAccessKey: 's', SessionToken: 't', Expiration: 'e' },
    };
    expect(redact(value)).toEqual({
      ...value,
      Credentials: {
        AccessKeyId: 'AKIA',
        SecretAccessKey: REDACTED,
        SessionToken: REDACTED,
        Expiration: 'e',
      },
    });
  });

  it('map keys are names too (lambda environment variables)', () => {
    expect(redact({ Variables: { DB_PASSWORD: 'x', MODE: 'prod', API_KEY: 'k' } })).toEqual({
      Variables: { DB_PASSWORD: REDACTED, MODE: 'prod', API_KEY: REDACTED },
    });
  });
});

describe('names deliberately left visible', () => {
  it.each(Object.entries(NOT_SECRET_NAMES))('%s: %s', (name) => {
    expect(isSecretName(name)).toBe(false);
    expect(redact({ [name]: VALUE })).toEqual({ [name]: VALUE });
  });

  it('an idempotency token is never hidden, whatever its name', () => {
    const model = loadServiceModel('ec2');
    const shapeId = `${model.namespace}#RunInstancesRequest`;
    const m = model.members(shapeId).find((x) => x.name === 'ClientToken')!;
    expect(m.traits['smithy.api#idempotencyToken']).toBeDefined();
    expect(redact({ ClientToken: VALUE }, { model, shapeId })).toEqual({ ClientToken: VALUE });
  });
});

describe('nameWords', () => {
  it.each([
    ['MasterUserPassword', 'master user password'],
    ['db_password', 'db password'],
    ['HECToken', 'hec token'],
    ['oAuthToken', 'o auth token'],
    ['SSECustomerKey', 'sse customer key'],
    ['x-api-key', 'x api key'],
    ['SECRET_HASH', 'secret hash'],
  ])('%s -> %s', (name, words) => expect(nameWords(name)).toBe(words));
});
