// One blob convention, the one AWS users know: a bare string blob is base64 (strict), {"text"}
// sends UTF-8 text, {"base64"} stays accepted. Checked on the schema validator the tools use.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blobJsonBytes, isCanonicalBase64 } from '../../../src/model/blob-json.js';
import { buildInputSchema } from '../../../src/schema/build-schema.js';
import { validatePayload } from '../../../src/schema/validate.js';
import { loadServiceModel } from '../../helpers/models.js';

const dynamodb = loadServiceModel('dynamodb');
const kms = loadServiceModel('kms');
const s3 = loadServiceModel('s3');
const lambda = loadServiceModel('lambda');
const putItem = dynamodb.operation('PutItem')!;
const encrypt = kms.operation('Encrypt')!;

const itemWith = (B: unknown) => ({ TableName: 't', Item: { pk: { S: 'a' }, bin: { B } } });

describe('strict base64', () => {
  it('accepts exactly the canonical encoding of some bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const b64 = Buffer.from(bytes).toString('base64');
        expect(isCanonicalBase64(b64)).toBe(true);
        expect(blobJsonBytes(b64)).toEqual(Buffer.from(bytes));
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (s) => {
        expect(isCanonicalBase64(s)).toBe(Buffer.from(s, 'base64').toString('base64') === s);
      }),
    );
  });

  it('refuses missing padding, other alphabets, spaces and non-zero pad bits', () => {
    for (const s of ['aGk', 'aGk==', 'a-_b', 'aG k=', 'aGk=\n', 'aGl=', '====', 'hello world'])
      expect(isCanonicalBase64(s), s).toBe(false);
  });
});

describe('blob members in payloads', () => {
  it('accepts what the AWS docs write: a DynamoDB B attribute and a KMS Plaintext as base64', () => {
    expect(validatePayload(dynamodb, putItem, itemWith('AP8Q')).errors).toEqual([]);
    expect(validatePayload(kms, encrypt, { KeyId: 'k', Plaintext: 'AAECAw==' }).errors).toEqual([]);
  });

  it('accepts {text} and {base64} everywhere a blob goes', () => {
    for (const B of [{ text: 'hello world' }, { base64: 'aGk=' }, ''])
      expect(validatePayload(dynamodb, putItem, itemWith(B)).errors).toEqual([]);
  });

  it('refuses plain text as a bare string, with a hint showing the {"text": ...} form', () => {
    const out = validatePayload(kms, encrypt, { KeyId: 'k', Plaintext: 'my secret' });
    expect(out.errors).toEqual([
      expect.objectContaining({
        path: '$.Plaintext',
        message: expect.stringContaining('is not base64'),
        hint: 'To send it as UTF-8 text, write {"text": "my secret"}.',
      }),
    ]);
  });

  it('teaches the fix for an S3 body or a Lambda payload written as plain text', () => {
    const body = validatePayload(s3, s3.operation('PutObject')!, { Bucket: 'b', Key: 'k', Body: 'hi there' });
    expect(body.errors[0]).toMatchObject({
      path: '$.Body',
      hint: expect.stringContaining('{"text": "hi there"}'),
    });
    const payload = validatePayload(lambda, lambda.operation('Invoke')!, {
      FunctionName: 'f',
      Payload: '{"a":1}',
    });
    expect(payload.errors[0]).toMatchObject({
      path: '$.Payload',
      hint: 'To send it as UTF-8 text, write {"text": "{\\"a\\":1}"}.',
    });
  });

  it('cuts a long value short in the message and the hint', () => {
    const out = validatePayload(kms, encrypt, { KeyId: 'k', Plaintext: 'x '.repeat(5000) });
    expect(out.errors[0]!.message.length).toBeLessThan(200);
    expect(out.errors[0]!.hint!.length).toBeLessThan(120);
  });

  it('says what is wrong with {base64} that is not base64, a cut read, or another shape', () => {
    const errorFor = (B: unknown) => validatePayload(dynamodb, putItem, itemWith(B)).errors;
    expect(errorFor({ base64: 'aGk' })[0]!.message).toContain('not valid base64');
    expect(errorFor({ raw: 'x' })[0]!.hint).toContain('{"text": "..."}');
    expect(errorFor(5)[0]!.path).toBe('$.Item.bin.B');
    const cut = validatePayload(s3, s3.operation('PutObject')!, {
      Bucket: 'b',
      Key: 'k',
      Body: { text: 'he', size: 5, truncated: true },
    });
    expect(cut.errors[0]!.message).toContain('truncated');
  });

  it('documents the convention in one short line per blob member', () => {
    const props = (buildInputSchema(kms, encrypt).properties ?? {}) as Record<
      string,
      { description?: string }
    >;
    expect(props.Plaintext!.description).toContain('base64 string');
    expect(props.Plaintext!.description).toContain('{"text": "..."}');
  });
});
