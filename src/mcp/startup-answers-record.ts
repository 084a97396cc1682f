// Records what the SDK answers to a host's opening (`initialize` for each protocol version it
// serves over stdio, then `tools/list`), through the same serveStdio entry the server uses, for
// the stdio prelude to send on later starts (startup-answers.ts). Run at build time only.

import { PassThrough } from 'node:stream';
import { SUPPORTED_PROTOCOL_VERSIONS, type McpServer } from '@modelcontextprotocol/server';
import { serveStdio, StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import { MODEL_COMMIT_PLACEHOLDER, type RecordedAnswers } from './startup-answers.js';

interface Answer {
  readonly id?: unknown;
  readonly result?: Record<string, unknown>;
}

/** One connection: initialize at `protocolVersion`, initialized, tools/list; both answers. */
async function opening(factory: () => McpServer, protocolVersion: string): Promise<Answer[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  const handle = serveStdio(factory, { transport: new StdioServerTransport(input, output) });
  const answers: Answer[] = [];
  let buffer = '';
  const done = new Promise<void>((resolve) => {
    output.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) answers.push(JSON.parse(line) as Answer);
      if (answers.some((a) => a.id === 2)) resolve();
    });
  });
  const send = (m: object): boolean => input.write(`${JSON.stringify({ jsonrpc: '2.0', ...m })}\n`);
  send({
    id: 1,
    method: 'initialize',
    params: { protocolVersion, capabilities: {}, clientInfo: { name: 'record', version: '1' } },
  });
  send({ method: 'notifications/initialized' });
  send({ id: 2, method: 'tools/list' });
  await done;
  await handle.close();
  return answers;
}

/**
 * The answers of a server built by `factory` (whose identity names MODEL_COMMIT_PLACEHOLDER as
 * its commit). A version the SDK answers with another version (it negotiates down) is left out:
 * the prelude then hands that opening to the SDK.
 */
export async function recordStartupAnswers(factory: () => McpServer): Promise<RecordedAnswers> {
  const recorded: Record<string, RecordedAnswers[string]> = {};
  for (const version of SUPPORTED_PROTOCOL_VERSIONS) {
    const answers = await opening(factory, version);
    const init = answers.find((a) => a.id === 1)?.result;
    const toolsList = answers.find((a) => a.id === 2)?.result;
    if (init?.protocolVersion !== version || !toolsList) continue;
    const initialize = JSON.stringify(init);
    if (!initialize.includes(MODEL_COMMIT_PLACEHOLDER)) {
      throw new Error('the recorded initialize answer does not name the model commit');
    }
    recorded[version] = { initialize, toolsList };
  }
  if (Object.keys(recorded).length === 0) throw new Error('no protocol version was answered as asked');
  return recorded;
}
