// Event streams: an output stream is read into a bounded list of events through the official
// protocol's event-stream decoding; an operation that streams its input is refused up front.

import { Readable } from 'node:stream';
import { EventStreamCodec } from '@smithy/core/event-streams';
import { fromUtf8, toUtf8 } from '@smithy/core/serde';
import { HttpResponse } from '@smithy/core/transport';
import { describe, expect, it } from 'vitest';
import { deserializeOperation, prepareCall } from '../../../src/execution/wire.js';
import { loadServiceModel } from '../../helpers/capture-models.js';

const codec = new EventStreamCodec(toUtf8, fromUtf8);

function event(type: string, body: string, contentType = 'application/octet-stream'): Buffer {
  return Buffer.from(
    codec.encode({
      headers: {
        ':message-type': { type: 'string', value: 'event' },
        ':event-type': { type: 'string', value: type },
        ':content-type': { type: 'string', value: contentType },
      },
      body: fromUtf8(body),
    }),
  );
}

function streamResponse(...events: Buffer[]): HttpResponse {
  return new HttpResponse({
    statusCode: 200,
    headers: { 'content-type': 'application/vnd.amazon.eventstream', 'x-amz-executed-version': '7' },
    body: Readable.from([Buffer.concat(events)]),
  });
}

describe('output event streams', () => {
  const lambda = loadServiceModel('lambda');
  const op = lambda.operation('InvokeWithResponseStream')!;

  it('collects every event with the other output members', async () => {
    const decoded = await deserializeOperation(
      lambda,
      op,
      streamResponse(
        event('PayloadChunk', 'hello '),
        event('PayloadChunk', 'world'),
        event('InvokeComplete', '{"LogResult":"bG9n"}', 'application/json'),
      ) as never,
    );
    expect(decoded).toMatchObject({
      kind: 'output',
      output: {
        ExecutedVersion: '7',
        EventStream: {
          truncated: false,
          events: [
            { PayloadChunk: { Payload: { base64: Buffer.from('hello ').toString('base64') } } },
            { PayloadChunk: { Payload: { base64: Buffer.from('world').toString('base64') } } },
            { InvokeComplete: { LogResult: 'bG9n' } },
          ],
        },
      },
    });
  });

  it('stops reading at the byte limit and says so', async () => {
    const chunks = Array.from({ length: 50 }, (_, i) =>
      event('PayloadChunk', `chunk-${i}-${'x'.repeat(100)}`),
    );
    const decoded = await deserializeOperation(lambda, op, streamResponse(...chunks) as never, {
      maxStreamBytes: 1000,
    });
    expect(decoded.kind).toBe('output');
    if (decoded.kind !== 'output') return;
    const stream = decoded.output.EventStream as { events: unknown[]; truncated: boolean };
    expect(stream.truncated).toBe(true);
    expect(stream.events.length).toBeGreaterThan(0);
    expect(stream.events.length).toBeLessThan(50);
  });
});

describe('input event streams', () => {
  it('are refused with Unsupported before anything is sent', () => {
    const model = loadServiceModel('transcribe-streaming');
    const op = model.operation('StartStreamTranscription')!;
    expect(() => prepareCall(model, op, { LanguageCode: 'en-US' }, { region: 'us-east-1' })).toThrow(
      expect.objectContaining({ code: 'Unsupported' }),
    );
  });
});
