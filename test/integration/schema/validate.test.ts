import { describe, expect, it } from 'vitest';
import { MAX_PAYLOAD_DEPTH } from '../../../src/schema/limits.js';
import { validatePayload } from '../../../src/schema/validate.js';
import { loadServiceModel, thrownToolError } from '../../helpers/models.js';

const s3 = loadServiceModel('s3');
const dynamodb = loadServiceModel('dynamodb');
const ec2 = loadServiceModel('ec2');
const putObject = s3.operation('PutObject')!;
const query = dynamodb.operation('Query')!;
const runInstances = ec2.operation('RunInstances')!;

describe('validatePayload', () => {
  it('accepts a valid payload and returns a normalised copy', () => {
    const payload = { Bucket: 'b', Key: 'k', Body: { text: 'hello' } };
    const out = validatePayload(s3, putObject, payload);
    expect(out).toMatchObject({ valid: true, errors: [], coercions: [] });
    expect(out.payload).toEqual(payload);
    expect(out.payload).not.toBe(payload);
  });

  it('names unknown members with a did-you-mean hint', () => {
    const out = validatePayload(s3, putObject, { bucket: 'b', Key: 'k', Contenttype: 'text/plain' });
    expect(out.valid).toBe(false);
    expect(out.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: '$.bucket',
          message: 'unknown member bucket',
          hint: 'Did you mean Bucket?',
        }),
        expect.objectContaining({ path: '$.Contenttype', hint: 'Did you mean ContentType?' }),
        expect.objectContaining({ path: '$.Bucket', message: 'missing required member Bucket' }),
      ]),
    );
  });

  it('says what a missing required member and a wrongly typed one should be', () => {
    const out = validatePayload(ec2, runInstances, { MaxCount: 1, SecurityGroupIds: 'sg-1' });
    expect(out.errors).toContainEqual(
      expect.objectContaining({ path: '$.MinCount', expected: 'integer', hint: 'Add MinCount (integer).' }),
    );
    expect(out.errors).toContainEqual(
      expect.objectContaining({
        path: '$.SecurityGroupIds',
        expected: 'array',
        hint: expect.stringMatching(/\[/),
      }),
    );
  });

  it('lists allowed enum values and suggests the closest', () => {
    const out = validatePayload(dynamodb, query, { TableName: 't', Select: 'all_attributes' });
    expect(out.valid).toBe(false);
    expect(out.errors[0]).toMatchObject({ path: '$.Select', hint: 'Did you mean "ALL_ATTRIBUTES"?' });
    expect(out.errors[0]!.expected).toContain('"SPECIFIC_ATTRIBUTES"');
  });

  it('reports wrong types with paths into nested lists', () => {
    const out = validatePayload(ec2, runInstances, {
      MinCount: 1,
      MaxCount: 1,
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'a', Value: { x: 1 } }] }],
    });
    expect(out.valid).toBe(false);
    expect(out.errors).toContainEqual(
      expect.objectContaining({ path: '$.TagSpecifications[0].Tags[0].Value', expected: 'string' }),
    );
  });

  it('coerces unambiguous scalars and reports each coercion', () => {
    const out = validatePayload(ec2, runInstances, {
      MinCount: '1',
      MaxCount: 2,
      DryRun: 'true',
      ImageId: 5,
    });
    expect(out.valid).toBe(true);
    expect(out.payload).toMatchObject({ MinCount: 1, DryRun: true, ImageId: '5' });
    expect(out.coercions).toEqual(
      expect.arrayContaining([
        { path: '$.MinCount', from: '1', to: 1 },
        { path: '$.DryRun', from: 'true', to: true },
        { path: '$.ImageId', from: 5, to: '5' },
      ]),
    );
    expect(out.coercions).toHaveLength(3);
    // without coercion the same payload is rejected
    expect(validatePayload(ec2, runInstances, { MinCount: '1', MaxCount: 2 }, { coerce: false }).valid).toBe(
      false,
    );
    // ambiguous strings are not coerced
    expect(validatePayload(ec2, runInstances, { MinCount: 'one', MaxCount: 1 }).coercions).toEqual([]);
  });

  it('keeps epoch-second timestamps as numbers (not a coercion)', () => {
    const cw = loadServiceModel('cloudwatch');
    const op = cw.operation('GetMetricStatistics')!;
    const out = validatePayload(cw, op, {
      Namespace: 'n',
      MetricName: 'm',
      StartTime: 1700000000,
      EndTime: '2024-01-01T00:00:00Z',
      Period: 60,
      Statistics: ['Average'],
    });
    expect(out).toMatchObject({ valid: true, coercions: [] });
    expect(out.payload.StartTime).toBe(1700000000);
  });

  it('rejects payloads that are not JSON objects with InvalidInput', () => {
    for (const bad of [null, 42, 'true', [1, 2], '[1]', undefined]) {
      const e = thrownToolError(() => validatePayload(s3, putObject, bad));
      expect(e.code).toBe('InvalidInput');
      expect(e.message).toMatch(/payload must be a JSON object/);
      expect(e.hint).toBeDefined();
    }
  });

  it('parses JSON strings and names the position of malformed JSON', () => {
    expect(validatePayload(s3, putObject, '{"Bucket":"b","Key":"k"}').valid).toBe(true);
    const e = thrownToolError(() => validatePayload(s3, putObject, '{"Bucket": "b",\n "Key": }'));
    expect(e.code).toBe('InvalidInput');
    expect(e.message).toMatch(/not valid JSON at line 2 column \d+ \(position \d+\)/);
  });

  it('rejects prototype-polluting keys anywhere', () => {
    for (const text of [
      '{"__proto__": {"x": 1}}',
      '{"Bucket": "b", "Metadata": {"constructor": "x"}}',
      '{"a": [{"prototype": 1}]}',
    ]) {
      const e = thrownToolError(() => validatePayload(s3, putObject, text));
      expect(e.code).toBe('InvalidInput');
      expect(e.message).toMatch(/forbidden key/);
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('rejects nesting deeper than the limit without overflowing the stack', () => {
    const deep = '{"a":'.repeat(MAX_PAYLOAD_DEPTH + 5) + '1' + '}'.repeat(MAX_PAYLOAD_DEPTH + 5);
    const e = thrownToolError(() => validatePayload(s3, putObject, deep));
    expect(e.code).toBe('InvalidInput');
    expect(e.message).toMatch(/deeper than 64/);
    const veryDeep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(thrownToolError(() => validatePayload(s3, putObject, veryDeep)).code).toBe('InvalidInput');
  });

  it('rejects huge strings by member length limits and huge payloads by size', () => {
    const out = validatePayload(dynamodb, query, { TableName: 'x'.repeat(5000) });
    expect(out.valid).toBe(false);
    expect(out.errors[0]).toMatchObject({ path: '$.TableName', expected: 'maxLength 1024' });
    const e = thrownToolError(() =>
      validatePayload(s3, putObject, { Bucket: 'b', Key: 'k', Body: 'x'.repeat(9 * 1024 * 1024) }),
    );
    expect(e.code).toBe('PayloadTooLarge');
  });

  it('rejects non-JSON values inside objects', () => {
    expect(
      thrownToolError(() =>
        validatePayload(s3, putObject, { Bucket: 'b', Key: 'k', ContentLength: Infinity }),
      ).code,
    ).toBe('InvalidInput');
    expect(thrownToolError(() => validatePayload(s3, putObject, { Bucket: 'b', Key: new Date() })).code).toBe(
      'InvalidInput',
    );
  });

  it('explains unions that set zero or several members', () => {
    const put = dynamodb.operation('PutItem')!;
    const out = validatePayload(dynamodb, put, { TableName: 't', Item: { pk: { S: 'a', N: '1' } } });
    expect(out.errors).toContainEqual(
      expect.objectContaining({ path: '$.Item.pk', message: 'exactly one member of this union must be set' }),
    );
  });
});
