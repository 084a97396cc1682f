// The list of unsupported features (src/execution/unsupported.ts): every refused entry is hit
// through the real engine on a real model and comes back as its own Unsupported ToolError; every
// entry is referenced by the module said to throw it (and no module throws an unlisted one); the
// not-detected gaps are probed so the list goes stale visibly when one of them gets implemented.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { HttpRequest, HttpResponse } from '@smithy/core/transport';
import { describe, expect, it } from 'vitest';
import { ToolError } from '../../../src/errors/tool-error.js';
import type { ModelFile } from '../../../src/model/ast.js';
import { ServiceModel } from '../../../src/model/service-model.js';
import { addBodyChecksum } from '../../../src/execution/body-checksums.js';
import { evaluateEndpointRules } from '../../../src/execution/endpoints/rule-set.js';
import { invokeOperation } from '../../../src/execution/executor.js';
import { runtimeFor } from '../../../src/execution/schemas/runtime.js';
import { refuseUnsupported } from '../../../src/execution/customizations/registry.js';
import { UNSUPPORTED, type UnsupportedId } from '../../../src/execution/unsupported.js';
import { deserializeOperation, prepareCall } from '../../../src/execution/wire.js';
import { loadServiceModel } from '../../helpers/capture-models.js';
import { createCallEnvironment } from '../../../src/execution/environment.js';

/** One transport, clock and clock skew for every call of this file, as a server has. */
const env = createCallEnvironment();

const SRC = path.resolve(import.meta.dirname, '..', '..', '..', 'src', 'execution');
const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
// Nothing listens here: every refusal below happens before a request is sent.
const CLOSED = 'http://127.0.0.1:9';

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => undefined,
    (e: unknown) => e,
  );
}

function expectUnsupported(e: unknown, id: UnsupportedId): void {
  expect(e).toBeInstanceOf(ToolError);
  const err = e as ToolError;
  expect(err.code).toBe('Unsupported');
  expect(err.details).toEqual({ unsupported: id });
  expect(err.hint).toBe(UNSUPPORTED[id].hint);
  // User-facing: no stack, no file path.
  expect(err.message).not.toMatch(/\/|\bat\s/);
}

async function invoke(dir: string, operation: string, input: Record<string, unknown>, region = 'us-east-1') {
  const model = loadServiceModel(dir);
  return invokeOperation({
    env,
    model,
    op: model.operation(operation)!,
    input,
    region,
    credentials: CREDENTIALS,
    maxAttempts: 1,
  });
}

/** A model with no protocol trait and no endpoint rules: data, as a newer or odd model would be. */
const bare = new ServiceModel({
  smithy: '2.0',
  shapes: {
    'example.bare#Bare': {
      type: 'service',
      version: '2026-01-01',
      traits: { 'aws.api#service': { sdkId: 'Bare' } },
    },
  },
} as unknown as ModelFile);

describe('refused features throw their own Unsupported error', () => {
  it('inputEventStream: Transcribe streaming input', () => {
    const model = loadServiceModel('transcribe-streaming');
    const op = model.operation('StartStreamTranscription')!;
    expectUnsupported(
      caught(() => prepareCall(model, op, {}, { region: 'us-east-1' })),
      'inputEventStream',
    );
  });

  it('bearerAuth: CodeCatalyst', async () => {
    const e = await rejection(invoke('codecatalyst', 'ListSpaces', {}, 'us-west-2'));
    expectUnsupported(e, 'bearerAuth');
  });

  it('sqsQueueUrlEndpoint: a queue of another region, unless the endpoint is set', async () => {
    const input = { QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/q', MessageBody: 'x' };
    expectUnsupported(await rejection(invoke('sqs', 'SendMessage', input)), 'sqsQueueUrlEndpoint');
    const model = loadServiceModel('sqs');
    const op = model.operation('SendMessage')!;
    const check = { model, op, region: 'us-east-1' };
    for (const url of [
      'https://sqs.us-east-1.amazonaws.com/1/q',
      'https://queue.amazonaws.com/1/q',
      'not a url',
    ]) {
      expect(() => refuseUnsupported({ ...check, input: { QueueUrl: url } })).not.toThrow();
    }
    const vpce = { QueueUrl: 'https://vpce-1.sqs.us-east-1.vpce.amazonaws.com/1/q' };
    expectUnsupported(
      caught(() => refuseUnsupported({ ...check, input: vpce })),
      'sqsQueueUrlEndpoint',
    );
    expect(() => refuseUnsupported({ ...check, input: vpce, endpointUrl: CLOSED })).not.toThrow();
  });

  it('ec2CopySnapshotPresignedUrl: cross-region copy without PresignedUrl', async () => {
    const input = { SourceRegion: 'eu-west-1', SourceSnapshotId: 'snap-1' };
    expectUnsupported(await rejection(invoke('ec2', 'CopySnapshot', input)), 'ec2CopySnapshotPresignedUrl');
    const model = loadServiceModel('ec2');
    const op = model.operation('CopySnapshot')!;
    const check = { model, op, region: 'us-east-1' };
    expect(() =>
      refuseUnsupported({ ...check, input: { ...input, PresignedUrl: 'https://x' } }),
    ).not.toThrow();
    expect(() =>
      refuseUnsupported({ ...check, input: { ...input, SourceRegion: 'us-east-1' } }),
    ).not.toThrow();
  });

  it('checksumAlgorithm: CRC64NVME on S3 PutObject', async () => {
    const model = loadServiceModel('s3');
    const e = await rejection(
      invokeOperation({
        env,
        model,
        op: model.operation('PutObject')!,
        input: { Bucket: 'b', Key: 'k', Body: { text: 'x' }, ChecksumAlgorithm: 'CRC64NVME' },
        region: 'us-east-1',
        credentials: CREDENTIALS,
        endpointUrl: CLOSED,
        maxAttempts: 1,
      }),
    );
    expectUnsupported(e, 'checksumAlgorithm');
  });

  it('wireProtocol and endpointRuleSet: a model with neither', () => {
    expectUnsupported(
      caught(() => runtimeFor(bare)),
      'wireProtocol',
    );
    expectUnsupported(
      caught(() => evaluateEndpointRules(bare, { Region: 'us-east-1' } as never)),
      'endpointRuleSet',
    );
  });
});

describe('the list is not stale', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory()
        ? sources(path.join(dir, d.name))
        : d.name.endsWith('.ts')
          ? [path.join(dir, d.name)]
          : [],
    );

  it('each refused entry is thrown by the module it names, and only listed ids are thrown', () => {
    for (const [id, entry] of Object.entries(UNSUPPORTED)) {
      if (entry.handling !== 'refused') continue;
      const text = readFileSync(path.join(SRC, entry.raisedIn!), 'utf8');
      expect(text, `${id} in ${entry.raisedIn}`).toContain(`unsupportedError('${id}'`);
    }
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      // No Unsupported error outside the list.
      if (!file.endsWith('unsupported.ts')) expect(text, file).not.toMatch(/new ToolError\(\s*'Unsupported'/);
      for (const m of text.matchAll(/unsupportedError\('(\w+)'/g)) {
        expect(Object.keys(UNSUPPORTED), file).toContain(m[1]);
      }
    }
  });

  it('not-detected entries say why', () => {
    for (const entry of Object.values(UNSUPPORTED)) {
      if (entry.handling === 'not-detected') expect(entry.why).toBeTruthy();
      else expect(entry.raisedIn).toBeTruthy();
    }
  });

  it('streamingUploadChecksum: a streamed body still gets no checksum', () => {
    const op = loadServiceModel('s3').operation('PutObject')!;
    const request = new HttpRequest({
      method: 'PUT',
      hostname: 'h',
      path: '/b/k',
      headers: {},
      body: Readable.from([Buffer.from('x')]),
    });
    const out = addBodyChecksum(request, op, { ChecksumAlgorithm: 'SHA256' });
    expect(
      Object.keys(out.headers).filter((h) => h.startsWith('x-amz-checksum-') || h.includes('trailer')),
    ).toEqual([]);
  });

  it('responseChecksumValidation: a wrong S3 checksum is not caught', async () => {
    const model = loadServiceModel('s3');
    const response = new HttpResponse({
      statusCode: 200,
      headers: { 'content-type': 'text/plain', 'x-amz-checksum-crc32': 'AAAAAA==', 'content-length': '5' },
      body: Readable.from([Buffer.from('hello')]),
    });
    const decoded = await deserializeOperation(model, model.operation('GetObject')!, response);
    expect(decoded.kind).toBe('output');
  });

  it('httpProxy: the sender has no proxy support', () => {
    expect(readFileSync(path.join(SRC, 'http.ts'), 'utf8')).not.toMatch(/proxy/i);
  });
});
