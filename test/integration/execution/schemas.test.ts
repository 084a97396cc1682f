// The schema builder and value conversions, read through the same public NormalizedSchema view
// the protocol classes use: traits, member order, recursion, S3's URI customization, input
// coercion and output conversion.

import { NormalizedSchema } from '@smithy/core/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../../src/model/ast.js';
import { ServiceModel } from '../../../src/model/service-model.js';
import { resolveEndpoint } from '../../../src/execution/endpoints.js';
import { SchemaBuilder } from '../../../src/execution/schemas/builder.js';
import { coerceValue, prepareInput } from '../../../src/execution/schemas/input-values.js';
import { readStreamingBody, toJsonSafe } from '../../../src/execution/schemas/output-values.js';
import { serializeOperation } from '../../../src/execution/wire.js';
import { loadServiceModel } from '../../helpers/capture-models.js';
import { thrownToolError } from '../../helpers/models.js';

const NS = 'example.test';
const id = (n: string): string => `${NS}#${n}`;

function tinyModel(): ServiceModel {
  const file: ModelFile = {
    smithy: '2.0',
    shapes: {
      [id('Svc')]: {
        type: 'service',
        version: '2020-01-01',
        operations: [{ target: id('PutNode') }],
        traits: {
          'aws.protocols#restXml': {},
          'smithy.api#xmlNamespace': { uri: 'https://example.test/ns' },
        },
      },
      [id('PutNode')]: {
        type: 'operation',
        input: { target: id('PutNodeInput') },
        output: { target: id('Node') },
        errors: [{ target: id('Boom') }],
        traits: {
          'smithy.api#http': { method: 'PUT', uri: '/nodes/{Id}', code: 201 },
          'smithy.api#endpoint': { hostPrefix: '{Zone}.' },
        },
      },
      [id('PutNodeInput')]: {
        type: 'structure',
        members: {
          Note: { target: 'smithy.api#String', traits: { 'smithy.api#xmlName': 'note' } },
          Id: {
            target: 'smithy.api#String',
            traits: { 'smithy.api#httpLabel': {}, 'smithy.api#required': {} },
          },
          Zone: {
            target: 'smithy.api#String',
            traits: { 'smithy.api#hostLabel': {}, 'smithy.api#required': {} },
          },
          When: { target: id('Stamp'), traits: { 'smithy.api#timestampFormat': 'epoch-seconds' } },
          Root: { target: id('Node'), traits: { 'smithy.api#xmlNamespace': { prefix: 'p', uri: 'u' } } },
        },
      },
      [id('Stamp')]: { type: 'timestamp', traits: { 'smithy.api#timestampFormat': 'http-date' } },
      [id('Secret')]: { type: 'string', traits: { 'smithy.api#sensitive': {} } },
      [id('Node')]: {
        type: 'structure',
        members: {
          Name: { target: id('Secret') },
          Children: { target: id('NodeList') },
        },
      },
      [id('NodeList')]: { type: 'list', member: { target: id('Node') }, traits: {} },
      [id('Boom')]: {
        type: 'structure',
        members: { message: { target: 'smithy.api#String' } },
        traits: {
          'smithy.api#error': 'server',
          'smithy.api#httpError': 503,
          'aws.protocols#awsQueryError': { code: 'Boom.Code', httpResponseCode: 503 },
          'smithy.api#retryable': {},
        },
      },
    },
  };
  return new ServiceModel(file);
}

describe('SchemaBuilder', () => {
  const model = tinyModel();
  const builder = new SchemaBuilder(model);
  const op = model.operation('PutNode')!;
  const schema = builder.operation(op);

  it('carries the operation http and endpoint traits', () => {
    expect(schema.traits).toMatchObject({ http: ['PUT', '/nodes/{Id}', 201], endpoint: ['{Zone}.'] });
    expect(schema.name).toBe('PutNode');
    expect(schema.namespace).toBe(NS);
  });

  it('puts required members first, as the generated clients do', () => {
    const input = NormalizedSchema.of(schema.input);
    expect([...input.structIterator()].map(([n]) => n)).toEqual(['Id', 'Zone', 'Note', 'When', 'Root']);
  });

  it('encodes member traits and lets a member timestampFormat override the target', () => {
    const m = NormalizedSchema.of(schema.input).getMemberSchemas();
    expect(m.Note!.getMergedTraits()).toMatchObject({ xmlName: 'note' });
    expect(m.Id!.getMergedTraits()).toMatchObject({ httpLabel: 1 });
    expect(m.Zone!.getMergedTraits()).toMatchObject({ hostLabel: 1 });
    expect(m.When!.getSchema()).toBe(7); // epoch-seconds beats the target's http-date
    expect(m.Root!.getMergedTraits()).toMatchObject({ xmlNamespace: ['p', 'u'] });
  });

  it('resolves recursive shapes lazily to the same schema', () => {
    const node = NormalizedSchema.of(schema.output);
    const children = node.getMemberSchema('Children');
    const inner = children.getValueSchema();
    expect(inner.getName(true)).toBe(id('Node'));
    expect(inner.getMemberSchema('Name').getMergedTraits()).toMatchObject({ sensitive: 1 });
  });

  it('registers errors with their wire traits', () => {
    const [boom] = builder.errorShapes();
    const traits = NormalizedSchema.of(boom!).getMergedTraits();
    expect(traits).toMatchObject({ error: 'server', httpError: 503, awsQueryError: ['Boom.Code', 503] });
  });

  it('serializes labels, host prefix and a recursive body', async () => {
    const input = prepareInput(model, op, {
      Id: 'n 1',
      Zone: 'eu',
      Root: { Name: 'a', Children: [{ Name: 'b' }] },
    });
    const req = await serializeOperation(model, op, input, { url: new URL('https://api.example.test') });
    expect(req.method).toBe('PUT');
    expect(req.hostname).toBe('eu.api.example.test');
    expect(req.path).toBe('/nodes/n%201');
    expect(String(req.body)).toContain('<Children><member><Name>b</Name></member></Children>');
  });
});

describe('customizations', () => {
  it('drops the /{Bucket} label from S3 URIs as the generated S3 client does', () => {
    const s3 = loadServiceModel('s3');
    const b = new SchemaBuilder(s3);
    expect(b.operation(s3.operation('GetObject')!).traits).toMatchObject({
      http: ['GET', '/{Key+}?x-id=GetObject', 200],
    });
    expect(b.operation(s3.operation('ListObjectsV2')!).traits).toMatchObject({
      http: ['GET', '/?list-type=2', 200],
    });
  });
});

describe('S3 Control host prefix', () => {
  it('is left to the endpoint rules, which already put the account in the host', async () => {
    const model = loadServiceModel('s3-control');
    const op = model.operation('ListAccessPoints')!;
    const input = prepareInput(model, op, { AccountId: '123456789012' });
    const endpoint = resolveEndpoint({ model, op, input, region: 'us-west-2' });
    expect(endpoint.url.hostname).toBe('123456789012.s3-control.us-west-2.amazonaws.com');
    const req = await serializeOperation(model, op, input, endpoint);
    expect(req.hostname).toBe('123456789012.s3-control.us-west-2.amazonaws.com');
  });
});

describe('input coercion', () => {
  const model = tinyModel();
  it('accepts ISO strings and epoch seconds for timestamps, equivalently', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000 }), (secs) => {
        const iso = new Date(secs * 1000).toISOString();
        const a = coerceValue(model, id('Stamp'), iso, 'When') as Date;
        const b = coerceValue(model, id('Stamp'), secs, 'When') as Date;
        expect(a.getTime()).toBe(b.getTime());
      }),
    );
  });

  it('round-trips blobs: { base64 } in, { base64 } out', () => {
    const blob = loadServiceModel('kms').operation('Encrypt')!;
    const kms = loadServiceModel('kms');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const b64 = Buffer.from(bytes).toString('base64');
        const input = prepareInput(kms, blob, { KeyId: 'k', Plaintext: { base64: b64 } });
        expect(toJsonSafe(input.Plaintext)).toEqual({ base64: b64 });
      }),
    );
  });

  it('reads a bare string blob as base64, {text} as UTF-8 and {base64} as base64: the same bytes', () => {
    const kms = loadServiceModel('kms');
    const encrypt = kms.operation('Encrypt')!;
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const b64 = Buffer.from(text, 'utf8').toString('base64');
        const forms = [b64, { base64: b64 }, { text }].map(
          (Plaintext) => prepareInput(kms, encrypt, { KeyId: 'k', Plaintext }).Plaintext as Uint8Array,
        );
        for (const bytes of forms) expect(Buffer.from(bytes).toString('base64')).toBe(b64);
      }),
    );
  });

  it('refuses a bare string blob that is not canonical base64, naming the {text} form', () => {
    const kms = loadServiceModel('kms');
    const encrypt = kms.operation('Encrypt')!;
    for (const Plaintext of ['hello world', 'aGk', 'aG k=', 'a-_b', 'aGl=', { base64: 'aGk' }]) {
      const e = thrownToolError(() => prepareInput(kms, encrypt, { KeyId: 'k', Plaintext }));
      expect(e.code).toBe('InvalidInput');
      expect(e.hint).toContain('{"text": "..."}');
    }
  });

  it('hands streaming text over as the string itself, and base64 as bytes', () => {
    const s3 = loadServiceModel('s3');
    const put = s3.operation('PutObject')!;
    const body = (Body: unknown) => prepareInput(s3, put, { Bucket: 'b', Key: 'k', Body }).Body;
    expect(body({ text: 'hi' })).toBe('hi');
    expect(body({ text: 'hi', size: 2, truncated: false })).toBe('hi');
    expect(Buffer.from(body('aGk=') as Uint8Array).toString()).toBe('hi');
  });

  it('names the offending member when a value has the wrong type', () => {
    expect(() => coerceValue(model, id('PutNodeInput'), { When: 'not a date' }, '')).toThrow(/When/);
    expect(() => coerceValue(model, id('PutNodeInput'), { Root: { Children: {} } }, '')).toThrow(
      /Root\.Children/,
    );
  });
});

describe('output conversion', () => {
  it('makes every value JSON-safe', () => {
    const out = toJsonSafe({ d: new Date(0), b: new Uint8Array([1]), n: 10n, $metadata: {}, x: [Infinity] });
    expect(out).toEqual({ d: '1970-01-01T00:00:00.000Z', b: { base64: 'AQ==' }, n: '10', x: ['Infinity'] });
  });
});

describe('streaming payloads', () => {
  it('cut at any limit, report a valid UTF-8 prefix and whether anything was dropped', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.integer({ min: 0, max: 400 }),
        async (text, limit) => {
          const bytes = Buffer.from(text, 'utf8');
          const out = await readStreamingBody(bytes, limit);
          expect(out.truncated).toBe(bytes.length > limit);
          expect(out.size).toBe(bytes.length);
          if (out.text !== undefined) {
            expect(text.startsWith(out.text)).toBe(true);
            expect(Buffer.byteLength(out.text)).toBeLessThanOrEqual(limit);
            if (!out.truncated) expect(out.text).toBe(text);
          }
        },
      ),
    );
  });
});
