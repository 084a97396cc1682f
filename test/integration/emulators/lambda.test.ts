// Lambda Invoke (restJson1, httpPayload blobs in and out) end to end: the built server over stdio,
// through aws_execute, against serverless-offline's Lambda endpoint on 127.0.0.1 running real
// handlers in worker threads. serverless-offline is started as a plugin without the serverless CLI
// (see startServerlessOffline); it implements Invoke only.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from '../../helpers/server-env.js';
import {
  startMcpSession,
  startServerlessOffline,
  type Emulator,
  type McpSession,
} from '../../helpers/emulators.js';

const HANDLERS = `
exports.echo = async (event, context) => ({ echoed: event, fn: context.functionName });
exports.boom = async () => { throw new Error('kaput'); };
`;

describe('lambda Invoke through aws_execute against serverless-offline', () => {
  let emu: Emulator & { functionName(key: string): string };
  let mcp: McpSession;
  const txIds: string[] = [];

  beforeAll(async () => {
    requireBuild();
    emu = await startServerlessOffline(HANDLERS, {
      echo: { handler: 'handler.echo' },
      boom: { handler: 'handler.boom' },
    });
    // Invoke's output Payload is @sensitive: revealed here so the test can read what the handler returned.
    mcp = await startMcpSession(
      { AWS_ENDPOINT_URL_LAMBDA: emu.endpoint },
      'output:\n  reveal_sensitive: true\n',
    );
  });
  afterAll(async () => {
    await mcp?.close();
    await emu?.stop();
  });

  it('invokes a function with a JSON text payload and returns its output as text', async () => {
    const event = { order: 42, note: 'ünïcode 日本' };
    const r = await mcp.invoke('lambda', 'Invoke', {
      FunctionName: emu.functionName('echo'),
      Payload: { text: JSON.stringify(event) },
    });
    expect(r.isError, JSON.stringify(r.data)).toBe(false);
    expect(r.data.result.StatusCode).toBe(200);
    expect(r.data.result.FunctionError).toBeUndefined();
    const payload = r.data.result.Payload as { text: string; size: number; truncated: boolean };
    expect(JSON.parse(payload.text)).toEqual({ echoed: event, fn: 'svc-dev-echo' });
    expect(payload.size).toBe(Buffer.byteLength(payload.text));
    expect(payload.truncated).toBe(false);
    txIds.push(r.data.metadata.tx_id);
  });

  it('accepts the payload as a base64 string or {base64}', async () => {
    for (const Payload of [
      Buffer.from('{"b":2}').toString('base64'),
      { base64: Buffer.from('{"b":2}').toString('base64') },
    ]) {
      const r = await mcp.invoke('lambda', 'Invoke', { FunctionName: emu.functionName('echo'), Payload });
      expect(r.isError).toBe(false);
      expect(JSON.parse(r.data.result.Payload.text).echoed).toEqual({ b: 2 });
    }
  });

  it('refuses a JSON payload written as a bare string, with the {"text": ...} fix', async () => {
    const r = await mcp.invoke('lambda', 'Invoke', {
      FunctionName: emu.functionName('echo'),
      Payload: '{"b":2}',
    });
    expect(r.isError).toBe(true);
    expect(r.data.error.code).toBe('ValidationError');
    expect(r.data.error.hint).toContain('{"text": "{\\"b\\":2}"}');
  });

  it('reports a handler exception as FunctionError with the error payload (not a tool error)', async () => {
    const r = await mcp.invoke('lambda', 'Invoke', {
      FunctionName: emu.functionName('boom'),
      Payload: { text: '{}' },
    });
    expect(r.isError).toBe(false);
    expect(r.data.result).toMatchObject({ StatusCode: 200, FunctionError: 'Unhandled' });
    expect(JSON.parse(r.data.result.Payload.text)).toMatchObject({
      errorMessage: 'kaput',
      errorType: 'Error',
    });
  });

  it('accepts an asynchronous (Event) invocation with 202', async () => {
    const r = await mcp.invoke(
      'lambda',
      'Invoke',
      { FunctionName: emu.functionName('echo'), InvocationType: 'Event', Payload: { text: '{}' } },
      { metadata: 'full' },
    );
    expect(r.isError).toBe(false);
    expect(r.data.result).toEqual({ StatusCode: 202 });
    expect(r.data.metadata.httpStatus).toBe(202);
  });

  it('reports an unknown function as ResourceNotFoundException with a hint', async () => {
    const r = await mcp.invoke('lambda', 'Invoke', {
      FunctionName: 'svc-dev-missing',
      Payload: { text: '{}' },
    });
    expect(r.isError).toBe(true);
    expect(r.data.error.details).toMatchObject({
      awsErrorCode: 'ResourceNotFoundException',
      httpStatus: 404,
    });
    expect(r.data.error.hint).toMatch(/not found/i);
  });

  it('audits the invocation without writing the sensitive payload to disk', async () => {
    const entries = await mcp.audit();
    const entry = entries.find((e) => e.txId === txIds[0]);
    expect(entry).toMatchObject({
      service: 'lambda',
      operation: 'Invoke',
      status: 'succeeded',
      httpStatus: 200,
    });
    expect(JSON.stringify(entry)).not.toContain('svc-dev-echo"}');
    expect(JSON.stringify(entry)).not.toContain('ünïcode');
  });
});
