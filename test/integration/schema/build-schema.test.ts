import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../../src/model/ast.js';
import { ServiceModel } from '../../../src/model/service-model.js';
import { createAjv } from '../../../src/schema/ajv-instance.js';
import { buildInputSchema, buildOutputSchema } from '../../../src/schema/build-schema.js';
import type { JsonSchema } from '../../../src/schema/json-schema.js';
import { COMPACT_TARGET_CHARS, MAX_STREAMING_BODY_BYTES } from '../../../src/schema/limits.js';
import { loadServiceModel } from '../../helpers/models.js';

const s3 = loadServiceModel('s3');
const dynamodb = loadServiceModel('dynamodb');
const ec2 = loadServiceModel('ec2');

function input(model: ServiceModel, op: string, detail: 'compact' | 'full' = 'compact'): JsonSchema {
  return buildInputSchema(model, model.operation(op)!, { detail });
}
function props(s: JsonSchema): Record<string, JsonSchema> {
  return s.properties as Record<string, JsonSchema>;
}
function accepts(schema: JsonSchema, data: unknown): boolean {
  return createAjv().compile(schema)(data);
}

/** Shape kinds the AWS bundle never puts in an input (intEnum, set, bigInteger...), in a real Smithy AST. */
const kinds = new ServiceModel({
  smithy: '2.0',
  shapes: {
    'ex#Svc': { type: 'service', version: '1', operations: [{ target: 'ex#Op' }] },
    'ex#Op': { type: 'operation', input: { target: 'ex#In' }, output: { target: 'smithy.api#Unit' } },
    'ex#In': {
      type: 'structure',
      members: {
        Level: { target: 'ex#Level' },
        Ids: { target: 'ex#IdSet' },
        Big: { target: 'smithy.api#BigInteger' },
        Dec: { target: 'smithy.api#BigDecimal' },
        Tiny: { target: 'smithy.api#Byte' },
        Doc: { target: 'smithy.api#Document' },
        Old: { target: 'smithy.api#String', traits: { 'smithy.api#deprecated': {} } },
        Secret: { target: 'ex#Secret' },
        Token: {
          target: 'smithy.api#String',
          traits: { 'smithy.api#required': {}, 'smithy.api#idempotencyToken': {} },
        },
        Size: {
          target: 'smithy.api#Integer',
          traits: { 'smithy.api#required': {}, 'smithy.api#default': 10 },
        },
        Odd: { target: 'ex#JavaPattern' },
        Tree: { target: 'ex#Tree' },
      },
    },
    'ex#Level': {
      type: 'intEnum',
      members: {
        LOW: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 1 } },
        HIGH: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 5 } },
      },
    },
    'ex#IdSet': { type: 'set', member: { target: 'smithy.api#String' } },
    'ex#Secret': {
      type: 'string',
      traits: {
        'smithy.api#sensitive': {},
        'smithy.api#documentation': '<p>A <b>secret</b> &amp; more.</p>',
      },
    },
    'ex#JavaPattern': { type: 'string', traits: { 'smithy.api#pattern': '^\\p{Alpha}+(?<!x)\\Z(?i)' } },
    'ex#Tree': {
      type: 'structure',
      members: { Children: { target: 'ex#TreeList' }, Name: { target: 'smithy.api#String' } },
    },
    'ex#TreeList': { type: 'list', member: { target: 'ex#Tree' } },
  },
} as unknown as ModelFile);

describe('buildInputSchema', () => {
  it('gives an empty closed object for an operation without input members', () => {
    const sts = loadServiceModel('sts');
    const s = input(sts, 'GetCallerIdentity');
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s).toMatchObject({ type: 'object', additionalProperties: false });
    expect(s.required).toBeUndefined();
    expect(accepts(s, {})).toBe(true);
    expect(accepts(s, { Foo: 1 })).toBe(false);
  });

  it('marks required members and keeps SDK member names for HTTP-bound members', () => {
    const s = input(s3, 'PutObject');
    expect(s.required).toEqual(expect.arrayContaining(['Bucket', 'Key']));
    expect(Object.keys(props(s))).toEqual(expect.arrayContaining(['ContentType', 'ContentMD5', 'Body']));
    expect(props(s).Key).toMatchObject({ type: 'string', minLength: 1 });
  });

  it('lets streaming and httpPayload blobs be base64, {text} or {base64}, with the size limit said', () => {
    const lambda = loadServiceModel('lambda');
    for (const [model, op, member] of [
      [s3, 'PutObject', 'Body'],
      [lambda, 'Invoke', 'Payload'],
    ] as const) {
      const s = input(model, op);
      const body = props(s)[member]!;
      expect(String(body.description)).toContain('5 MiB');
      const base = model === s3 ? { Bucket: 'b', Key: 'k' } : { FunctionName: 'f' };
      expect(accepts(s, { ...base, [member]: 'aGk=' })).toBe(true);
      expect(accepts(s, { ...base, [member]: { text: 'hello' } })).toBe(true);
      expect(accepts(s, { ...base, [member]: { base64: 'aGk=' } })).toBe(true);
      // What a read returns (text or base64, its size, not cut) can be written back as is.
      expect(accepts(s, { ...base, [member]: { text: 'hello', size: 5, truncated: false } })).toBe(true);
      expect(accepts(s, { ...base, [member]: { text: 'hel', size: 5, truncated: true } })).toBe(false);
      expect(accepts(s, { ...base, [member]: 'hello' })).toBe(false);
      expect(accepts(s, { ...base, [member]: { raw: 'x' } })).toBe(false);
      expect(accepts(s, { ...base, [member]: { text: 'x'.repeat(MAX_STREAMING_BODY_BYTES + 1) } })).toBe(
        false,
      );
    }
    expect(props(input(lambda, 'Invoke')).Payload!['x-sensitive']).toBe(true);
  });

  it('defines recursive shapes once in $defs and refers to them', () => {
    const s = input(dynamodb, 'PutItem', 'full');
    const defs = s.$defs as Record<string, JsonSchema>;
    expect(defs.AttributeValue).toMatchObject({ type: 'object', minProperties: 1, maxProperties: 1 });
    const av = props(defs.AttributeValue!);
    expect(av.L).toMatchObject({ type: 'array', items: { $ref: '#/$defs/AttributeValue' } });
    expect(
      accepts(s, { TableName: 'tbl', Item: { pk: { S: 'a' }, nested: { M: { x: { L: [{ N: '1' }] } } } } }),
    ).toBe(true);
    expect(accepts(s, { TableName: 'tbl', Item: { pk: { S: 'a', N: '1' } } })).toBe(false); // union: exactly one
    expect(accepts(s, { TableName: 'tbl', Item: { pk: {} } })).toBe(false);
  });

  it('maps enums, timestamps, maps with key constraints and patterns', () => {
    const q = input(dynamodb, 'Query', 'full');
    expect(props(q).Select!.enum).toEqual([
      'ALL_ATTRIBUTES',
      'ALL_PROJECTED_ATTRIBUTES',
      'SPECIFIC_ATTRIBUTES',
      'COUNT',
    ]);
    expect(props(q).IndexName).toMatchObject({ pattern: '^[a-zA-Z0-9_.-]+$', minLength: 3, maxLength: 255 });
    expect(props(q).ExpressionAttributeNames).toMatchObject({
      type: 'object',
      additionalProperties: { type: 'string' },
    });
    const cw = loadServiceModel('cloudwatch');
    const stats = input(cw, 'GetMetricStatistics');
    expect(props(stats).StartTime).toMatchObject({ type: ['string', 'number'], format: 'date-time' });
    expect(String(props(stats).StartTime!.description)).toMatch(/epoch seconds/);
    const base = { Namespace: 'AWS/EC2', MetricName: 'CPU', EndTime: 1700000000, Period: 60 };
    expect(accepts(stats, { ...base, StartTime: '2024-01-31T12:00:00Z' })).toBe(true);
    expect(accepts(stats, { ...base, StartTime: 1700000000 })).toBe(true);
    expect(accepts(stats, { ...base, StartTime: 'yesterday' })).toBe(false);
  });

  it('covers the remaining kinds and traits: intEnum, set, big numbers, document, defaults, sensitivity', () => {
    const s = buildInputSchema(kinds, kinds.operation('Op')!, { detail: 'full' });
    const p = props(s);
    expect(p.Level).toMatchObject({ type: 'integer', enum: [1, 5] });
    expect(p.Ids).toMatchObject({ type: 'array', uniqueItems: true });
    expect(p.Tiny).toMatchObject({ type: 'integer', minimum: -128, maximum: 127 });
    expect(p.Old!.deprecated).toBe(true);
    expect(p.Secret).toMatchObject({ 'x-sensitive': true, description: 'A secret & more.' });
    expect(p.Size!.default).toBe(10);
    expect(s.required).toBeUndefined(); // idempotency token and defaulted member are not required
    expect(String(p.Odd!.description)).toMatch(/not enforced/);
    expect((s.$defs as Record<string, unknown>).Tree).toBeDefined();
    const ok = {
      Level: 5,
      Ids: ['a', 'b'],
      Big: '123456789012345678901234567890',
      Dec: 1.5,
      Doc: { any: [1, 'x'] },
      Tree: { Children: [{ Name: 'leaf' }] },
    };
    expect(accepts(s, ok)).toBe(true);
    expect(accepts(s, { ...ok, Level: 2 })).toBe(false);
    expect(accepts(s, { ...ok, Ids: ['a', 'a'] })).toBe(false);
    expect(accepts(s, { ...ok, Big: '12x' })).toBe(false);
    expect(accepts(s, { ...ok, Tiny: 300 })).toBe(false);
  });

  it('keeps compact schemas small by summarising deep optional branches', () => {
    for (const op of ['RunInstances', 'CreateLaunchTemplate', 'RequestSpotFleet']) {
      const compact = input(ec2, op);
      expect(JSON.stringify(compact).length).toBeLessThanOrEqual(COMPACT_TARGET_CHARS);
      expect(JSON.stringify(input(ec2, op, 'full')).length).toBeGreaterThan(JSON.stringify(compact).length);
      expect(JSON.stringify(compact)).toContain('(use detail: full)');
    }
    // a summarised branch still accepts any object there
    const run = input(ec2, 'RunInstances');
    expect(
      accepts(run, {
        MinCount: 1,
        MaxCount: 1,
        NetworkInterfaces: [{ DeviceIndex: 0, Ipv6Addresses: [{ Ipv6Address: '::1' }] }],
      }),
    ).toBe(true);
  });

  it('summarises long enums in compact mode and lists them in full mode', () => {
    const compact = props(input(ec2, 'RunInstances')).InstanceType!;
    expect(compact.enum).toBeUndefined();
    expect(String(compact.description)).toMatch(/One of \d+ values, e\.g\. .*use detail: full/);
    const full = input(ec2, 'RunInstances', 'full');
    const t = props(full).InstanceType!;
    const values = (t.enum ??
      (full.$defs as Record<string, JsonSchema>)[String(t.$ref).split('/').pop()!]!.enum) as string[];
    expect(values).toContain('t3.micro');
  });

  it('is cached and frozen', () => {
    const a = input(s3, 'GetObject');
    expect(input(s3, 'GetObject')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(input(s3, 'GetObject', 'full')).not.toBe(a);
  });

  it('builds output schemas too', () => {
    const out = buildOutputSchema(s3, s3.operation('ListBuckets')!, { detail: 'full' });
    expect(Object.keys(props(out))).toEqual(expect.arrayContaining(['Buckets', 'Owner']));
    expect(out.title).toBe('ListBucketsOutput');
  });
});
