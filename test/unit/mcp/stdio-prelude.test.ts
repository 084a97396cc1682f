// The stdio prelude: what it answers before the SDK loads (initialize, then tools/list, from the
// recorded answers), when it hands over (anything else, the end of input, a time limit), and that
// the SDK then reads every byte the host sent, in order, as if no prelude had run.

import { PassThrough } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/logging/logger.js';
import { dropReanswered } from '../../../src/mcp/transports.js';
import {
  answersFor,
  MODEL_COMMIT_PLACEHOLDER,
  readStartupAnswers,
  type StartupAnswerFile,
} from '../../../src/mcp/startup-answers.js';
import { startStdioPrelude, type StdioHandoff } from '../../../src/mcp/stdio-prelude.js';

const INIT_RESULT = {
  protocolVersion: '2025-06-18',
  serverInfo: { name: 's', version: '1', description: `commit ${MODEL_COMMIT_PLACEHOLDER}` },
};
const TOOLS = { tools: [{ name: 'aws_execute' }] };
const FILE: StartupAnswerFile = {
  serverVersion: '1.2.3',
  variants: {
    'underscore/read-only': { '2025-06-18': { initialize: JSON.stringify(INIT_RESULT), toolsList: TOOLS } },
  },
};
const answers = answersFor(FILE, { naming: 'underscore', policyMode: 'read-only', modelCommit: 'abc' })!;

const line = (m: object): string => `${JSON.stringify({ jsonrpc: '2.0', ...m })}\n`;
const INIT = line({
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {} },
});
const INITIALIZED = line({ method: 'notifications/initialized' });
const LIST = line({ id: 'two', method: 'tools/list' });

function run(): { input: PassThrough; written: () => object[]; handoff: Promise<StdioHandoff> } {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => (text += c.toString()));
  const handoff = startStdioPrelude(input, output, answers);
  const written = (): object[] =>
    text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as object);
  return { input, written, handoff };
}

/** Everything the SDK will read from the handoff's stream until it ends. */
async function replayed(handoff: StdioHandoff): Promise<string> {
  let text = '';
  for await (const chunk of handoff.input) text += (chunk as Buffer).toString();
  return text;
}

describe('startStdioPrelude', () => {
  it('answers initialize and tools/list from the record, then hands every byte to the SDK', async () => {
    const { input, written, handoff } = run();
    input.write(INIT.slice(0, 20)); // a line split across reads
    input.write(INIT.slice(20) + INITIALIZED);
    input.write(LIST);
    const h = await handoff;
    expect(written()).toEqual([
      {
        jsonrpc: '2.0',
        id: 1,
        result: { ...INIT_RESULT, serverInfo: { ...INIT_RESULT.serverInfo, description: 'commit abc' } },
      },
      { jsonrpc: '2.0', id: 'two', result: TOOLS },
    ]);
    expect([...h.answered.keys()]).toEqual([1, 'two']);
    const later = line({ id: 3, method: 'tools/call', params: { name: 'aws_execute' } });
    input.end(later); // what arrives after the handoff follows, in order
    expect(await replayed(h)).toBe(INIT + INITIALIZED + LIST + later);
  });

  it('answers nothing and hands over when the host opens with anything else', async () => {
    for (const first of [
      line({ id: 1, method: 'ping' }),
      line({ id: 1, method: 'tools/list' }), // before initialize
      line({ id: 1, method: 'initialize', params: { protocolVersion: '2099-01-01' } }), // not recorded
      line({ id: 1, method: 'server/discover', params: {} }),
      'not json\n',
    ]) {
      const { input, written, handoff } = run();
      input.write(first);
      const h = await handoff;
      expect(written()).toEqual([]);
      expect(h.answered.size).toBe(0);
      input.end();
      expect(await replayed(h)).toBe(first);
    }
  });

  it('leaves a tools/list with a cursor to the SDK', async () => {
    const { input, written, handoff } = run();
    const paged = line({ id: 2, method: 'tools/list', params: { cursor: 'x' } });
    input.write(INIT + paged);
    const h = await handoff;
    expect(written()).toHaveLength(1);
    expect([...h.answered.keys()]).toEqual([1]);
    input.end();
    expect(await replayed(h)).toBe(INIT + paged);
  });

  it('hands over when the input ends, and after a while when the host lists nothing', async () => {
    const ended = run();
    ended.input.end(INIT);
    const h = await ended.handoff;
    expect(await replayed(h)).toBe(INIT);

    const idle = run();
    idle.input.write(INIT);
    const h2 = await idle.handoff; // resolves on its own (the time limit)
    expect(h2.answered.size).toBe(1);
    idle.input.end();
    expect(await replayed(h2)).toBe(INIT);
  });
});

describe('answersFor and readStartupAnswers', () => {
  it('fills in the commit as JSON text and answers only recorded versions and settings', () => {
    const quoted = answersFor(FILE, {
      naming: 'underscore',
      policyMode: 'read-only',
      modelCommit: 'a"b\\c',
    })!;
    const opened = quoted({ protocolVersion: '2025-06-18' })!;
    expect((opened.initialize.serverInfo as { description: string }).description).toBe('commit a"b\\c');
    expect(opened.toolsList).toEqual(TOOLS);
    expect(quoted({ protocolVersion: 'toString' })).toBeUndefined();
    expect(quoted(undefined)).toBeUndefined();
    expect(answersFor(FILE, { naming: 'dotted', policyMode: 'read-only', modelCommit: 'x' })).toBeUndefined();
  });

  it('ignores a missing, unreadable or stale file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'startup-answers-'));
    const file = path.join(dir, 'a.json');
    expect(readStartupAnswers(file, '1.2.3')).toBeUndefined();
    writeFileSync(file, '{');
    expect(readStartupAnswers(file, '1.2.3')).toBeUndefined();
    writeFileSync(file, JSON.stringify(FILE));
    expect(readStartupAnswers(file, '9.9.9')).toBeUndefined();
    expect(readStartupAnswers(file, '1.2.3')).toEqual(FILE);
  });
});

describe('dropReanswered (after the handoff)', () => {
  it("drops the SDK's second answer to each answered request once, and warns when it differs", async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    const wire = new StdioServerTransport(new PassThrough(), out);
    const warnings: unknown[] = [];
    const logger = {
      ...silentLogger,
      warn: (msg: string, fields?: object) => void warnings.push({ msg, ...fields }),
    };
    dropReanswered(
      wire,
      new Map<string | number, string>([
        [1, '{"a":1}'],
        ['x', '{"b":2}'],
      ]),
      logger,
    );
    await wire.send({ jsonrpc: '2.0', id: 1, result: { a: 1 } }); // same as sent: dropped silently
    await wire.send({ jsonrpc: '2.0', id: 'x', result: { b: 3 } }); // differs: dropped, warned
    await wire.send({ jsonrpc: '2.0', id: 1, result: { a: 1 } }); // a later id 1 is the SDK's own
    await wire.send({ jsonrpc: '2.0', id: 7, result: {} });
    expect(
      text
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { id: unknown }).id),
    ).toEqual([1, 7]);
    expect(warnings).toEqual([
      expect.objectContaining({ msg: 'the stdio prelude answered differently from the SDK', id: 'x' }),
    ]);
  });
});
