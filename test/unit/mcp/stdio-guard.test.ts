// The stdio line guard: which lines it answers itself (and with which code and id), which it
// passes to the SDK untouched, and that a message over the limit is answered without buffering it.

import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLine } from '../../../src/mcp/message-check.js';
import { guardStdin } from '../../../src/mcp/stdio-guard.js';

const id = fc.oneof(fc.integer(), fc.string({ maxLength: 20 }));

describe('checkLine', () => {
  it('passes every valid request and notification', () => {
    fc.assert(
      fc.property(id, fc.constantFrom('tools/list', 'tools/call', 'ping'), (i, method) => {
        expect(checkLine(JSON.stringify({ jsonrpc: '2.0', id: i, method, params: {} }))).toBeUndefined();
        expect(checkLine(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/x' }))).toBeUndefined();
      }),
    );
  });

  it('answers a non-string method with -32600 and bad params with -32602, under the same id', () => {
    fc.assert(
      fc.property(id, fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)), (i, method) => {
        expect(checkLine(JSON.stringify({ jsonrpc: '2.0', id: i, method }))).toMatchObject({
          id: i,
          error: { code: -32600 },
        });
      }),
    );
    fc.assert(
      fc.property(id, fc.oneof(fc.string(), fc.integer(), fc.array(fc.integer())), (i, params) => {
        expect(
          checkLine(JSON.stringify({ jsonrpc: '2.0', id: i, method: 'tools/call', params })),
        ).toMatchObject({ id: i, error: { code: -32602 } });
      }),
    );
  });

  it('answers unparsable text with -32700 and never answers a response or a notification', () => {
    expect(checkLine('{not json')).toMatchObject({ id: null, error: { code: -32700 } });
    expect(checkLine('{"jsonrpc":"2.0","id":1,"result":"x"}')).toBeUndefined();
    expect(checkLine('{"jsonrpc":"2.0","method":5}')).toBeUndefined();
  });
});

describe('guardStdin', () => {
  it('answers an oversized line with its id and forwards the lines around it', async () => {
    const input = new PassThrough();
    const answers: unknown[] = [];
    const { lines } = guardStdin(input, (m) => answers.push(m), 1024);
    const passed: string[] = [];
    lines.on('data', (c: Buffer) => passed.push(c.toString()));
    input.write('{"jsonrpc":"2.0","id":1,"method":"ping"}\n{"jsonrpc":"2.0","id":"big","method":"x","p":"');
    for (let i = 0; i < 10; i++) input.write('y'.repeat(500));
    input.write('"}\n{"jsonrpc":"2.0","id":2,"method":"ping"}\n');
    input.end();
    await new Promise((r) => lines.on('end', r));
    expect(passed.join('')).toBe(
      '{"jsonrpc":"2.0","id":1,"method":"ping"}\n{"jsonrpc":"2.0","id":2,"method":"ping"}\n',
    );
    expect(answers).toEqual([
      { jsonrpc: '2.0', id: 'big', error: { code: -32600, message: expect.any(String) } },
    ]);
  });
});
