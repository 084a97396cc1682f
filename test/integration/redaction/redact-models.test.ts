import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServiceModel } from '../../../src/model/service-model.js';
import { isSensitiveMember, REDACTED, redact, redactUnlessRevealed } from '../../../src/redaction/redact.js';
import { operationOf } from '../../helpers/models.js';

// The model-driven half of the shared redactor (the sensitive trait on a member or its target).
function redactSensitive(model: ServiceModel, shapeId: string | undefined, value: unknown, reveal = false) {
  return redactUnlessRevealed(value, { model, shapeId }, reveal);
}

describe('redact with the model', () => {
  it('hides secretsmanager GetSecretValue SecretString and SecretBinary, keeps the rest', () => {
    const { model, op } = operationOf('secrets-manager', 'GetSecretValue');
    const created = new Date('2026-01-02T03:04:05Z');
    const output = {
      ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf',
      Name: 'db',
      SecretString: '{"password":"hunter2"}',
      SecretBinary: { base64: 'aHVudGVyMg==' },
      VersionStages: ['AWSCURRENT'],
      CreatedDate: created,
    };
    const red = redactSensitive(model, model.outputOf(op), output) as Record<string, unknown>;
    expect(red).toEqual({ ...output, SecretString: REDACTED, SecretBinary: REDACTED });
    expect(red.CreatedDate).toBe(created);
    expect(output.SecretString).toBe('{"password":"hunter2"}'); // the input is not mutated
    expect(redactSensitive(model, model.outputOf(op), output, true)).toBe(output);
  });

  it('hides iam CreateAccessKey SecretAccessKey inside the nested structure', () => {
    const { model, op } = operationOf('iam', 'CreateAccessKey');
    const output = {
      AccessKey: {
        UserName: 'bob',
        AccessKeyId: 'AKIAEXAMPLE',
        Status: 'Active',
        SecretAccessKey: 'wJalrXUtnFEMI',
      },
    };
    expect(redactSensitive(model, model.outputOf(op), output)).toEqual({
      AccessKey: { UserName: 'bob', AccessKeyId: 'AKIAEXAMPLE', Status: 'Active', SecretAccessKey: REDACTED },
    });
  });

  it('hides a sensitive member inside a list of structures (cognito UserAttributes[].Value)', () => {
    const { model, op } = operationOf('cognito-identity-provider', 'AdminGetUser');
    const output = {
      Username: 'alice',
      UserAttributes: [
        { Name: 'email', Value: 'alice@example.com' },
        { Name: 'phone_number', Value: '+15550100' },
      ],
    };
    const red = redactSensitive(model, model.outputOf(op), output) as typeof output;
    expect(red.UserAttributes).toEqual([
      { Name: 'email', Value: REDACTED },
      { Name: 'phone_number', Value: REDACTED },
    ]);
  });

  it('redacts a sensitive map whole (lambda Environment.Variables) and request payloads alike', () => {
    const { model, op } = operationOf('lambda', 'UpdateFunctionConfiguration');
    const input = { FunctionName: 'f', Environment: { Variables: { DB_PASSWORD: 'x', MODE: 'prod' } } };
    expect(redactSensitive(model, model.inputOf(op), input)).toEqual({
      FunctionName: 'f',
      Environment: { Variables: REDACTED },
    });
    const envMember = model.members(model.inputOf(op)!).find((m) => m.name === 'Environment')!;
    expect(isSensitiveMember(model, envMember)).toBe(false);
  });

  it('adds secret names to what the model marks: mq CreateUser Password is not marked', () => {
    const { model, op } = operationOf('mq', 'CreateUser');
    const input = { BrokerId: 'b-1', Username: 'u', Password: 'hunter2hunter2', Groups: ['g'] };
    const pw = model.members(model.inputOf(op)!).find((m) => m.name === 'Password')!;
    expect(isSensitiveMember(model, pw)).toBe(false);
    expect(redact(input, { model, shapeId: model.inputOf(op) })).toEqual({ ...input, Password: REDACTED });
  });

  it('returns outputs without secrets untouched (same reference), and shares unchanged parts', () => {
    const { model, op } = operationOf('ec2', 'DescribeInstances');
    const output = { Reservations: [{ Instances: [{ InstanceId: 'i-1' }] }], NextToken: 'n' };
    expect(redactSensitive(model, model.outputOf(op), output)).toBe(output);
    const mixed = { Big: output, Password: 'p' };
    const red = redact(mixed) as typeof mixed;
    expect(red).toEqual({ Big: output, Password: REDACTED });
    expect(red.Big).toBe(output);
  });

  it('never leaks a sensitive value, whatever the attribute list holds (property)', () => {
    const { model, op } = operationOf('cognito-identity-provider', 'AdminGetUser');
    fc.assert(
      fc.property(
        fc.array(fc.record({ Name: fc.string(), Value: fc.string({ minLength: 1 }) }), { maxLength: 20 }),
        fc.option(fc.string(), { nil: undefined }),
        (attrs, username) => {
          const secrets = attrs.map((a, i) => ({ ...a, Value: `SECRET${i}:${a.Value}` }));
          const output = { Username: username, UserAttributes: secrets, MFAOptions: [] };
          const text = JSON.stringify(redactSensitive(model, model.outputOf(op), output));
          return secrets.every((s) => !text.includes(JSON.stringify(s.Value).slice(1, -1)));
        },
      ),
    );
  });
});
