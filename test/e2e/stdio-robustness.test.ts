// The stdio session survives what clients may send by mistake: a message over the 10 MiB limit,
// requests with a valid id but a malformed body, a cursor this server never issued. Each gets a
// JSON-RPC error answer with the request's id, and the next request is served as usual.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

let child: ChildProcessWithoutNullStreams;
const waiting = new Map<unknown, (m: Record<string, any>) => void>();

function send(message: unknown): void {
  child.stdin.write(`${typeof message === 'string' ? message : JSON.stringify(message)}\n`);
}

function answerTo(id: unknown): Promise<Record<string, any>> {
  return new Promise((resolve) => waiting.set(id, resolve));
}

async function request(id: number, line: unknown): Promise<Record<string, any>> {
  const answer = answerTo(id);
  send(line);
  return answer;
}

beforeAll(async () => {
  requireBuild();
  child = spawn(process.execPath, [BIN], { env: serverEnv() });
  createInterface({ input: child.stdout }).on('line', (line) => {
    const m = JSON.parse(line) as Record<string, any>;
    waiting.get(m.id)?.(m);
  });
  const init = await request(1, {
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
  });
  expect(init.result.protocolVersion).toBe('2025-11-25');
  send({ jsonrpc: '2.0', method: 'notifications/initialized' });
});
afterAll(() => {
  child?.kill();
});

describe('stdio protocol robustness', () => {
  it.each([
    [2, '{"jsonrpc":"2.0","id":2,"method":"tools/list","params":"x"}', -32602],
    [3, '{"jsonrpc":"2.0","id":3,"method":5}', -32600],
    [4, '{"jsonrpc":"2.0","id":4,"method":"tools/list","params":{"_meta":"x"}}', -32602],
    [5, '{"jsonrpc":"2.0","id":5,"method":"tools/list","params":{"cursor":"bogus"}}', -32602],
  ])('answers request %i (%s) with error %i', async (id, line, code) => {
    const answer = await request(id, line);
    expect(answer.error.code).toBe(code);
    expect(answer.error.message).toEqual(expect.any(String));
  });

  it('answers a message over 10 MiB with an error and keeps the session', async () => {
    const huge = {
      jsonrpc: '2.0',
      id: 6,
      method: 'tools/call',
      params: { name: 'aws_search_operations', arguments: { query: 'x'.repeat(11 * 1024 * 1024) } },
    };
    const answer = await request(6, huge);
    expect(answer.error.code).toBe(-32600);
    expect(answer.error.message).toContain('10 MiB');
    const list = await request(7, { jsonrpc: '2.0', id: 7, method: 'tools/list' });
    expect(list.result.tools).toHaveLength(3);
    expect(child.exitCode).toBeNull();
  });
});
