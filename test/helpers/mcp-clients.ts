// One face over the real MCP clients tests drive: the 2.x client on the 2025 (`v2-legacy`) and
// 2026-07-28 (`v2-modern`) eras and the 1.x SDK client (`v1`), over stdio or Streamable HTTP, with
// or without the elicitation capability. `never` answers no question: it waits until the server
// withdraws it (the request's signal aborts) and counts the withdrawal.

import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport as V1Stdio } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport as V1Http } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { BIN } from './server-env.js';

export type ClientKind = 'v2-legacy' | 'v2-modern' | 'v1';
export type Answer = 'approve' | 'never';
export type Where = { http: string } | { stdioEnv: Record<string, string> };

export interface ToolOutcome {
  readonly isError: boolean;
  readonly data: Record<string, any>;
}

export interface TestClient {
  readonly asked: string[];
  /** Questions the server withdrew (notifications/cancelled for the elicitation request). */
  readonly withdrawn: () => number;
  /** Resolves when the next question arrives. */
  readonly questionArrived: () => Promise<void>;
  call(name: string, args: Record<string, unknown>, signal?: AbortSignal): Promise<ToolOutcome>;
  close(): Promise<void>;
}

function answering(answer: Answer, asked: string[], onAsk: () => void, onWithdrawn: () => void) {
  return async (message: string, signal: AbortSignal) => {
    asked.push(message);
    onAsk();
    if (answer === 'approve') return { action: 'accept' as const, content: { approve: true } };
    await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
    onWithdrawn();
    return { action: 'cancel' as const };
  };
}

export async function connectClient(kind: ClientKind, where: Where, answer?: Answer): Promise<TestClient> {
  const asked: string[] = [];
  let withdrawn = 0;
  let arrived: () => void = () => undefined;
  const handle = answer
    ? answering(
        answer,
        asked,
        () => arrived(),
        () => (withdrawn += 1),
      )
    : undefined;
  const caps = handle ? { capabilities: { elicitation: { form: {} } } } : {};
  const base = {
    asked,
    withdrawn: () => withdrawn,
    questionArrived: () => new Promise<void>((resolve) => (arrived = resolve)),
  };
  const stdio =
    'stdioEnv' in where
      ? { command: process.execPath, args: [BIN], env: where.stdioEnv, stderr: 'pipe' as const }
      : undefined;
  if (kind === 'v1') {
    const client = new V1Client({ name: 'v1-e2e', version: '1.0.0' }, caps);
    // The 1.x client ignores `notifications/cancelled` for request id 0 (a falsy-id check), so the
    // withdrawal is counted on the wire: a cancellation naming an elicitation request it received.
    const inner = new AbortController();
    if (handle) client.setRequestHandler(ElicitRequestSchema, (r) => handle(r.params.message, inner.signal));
    const transport = stdio ? new V1Stdio(stdio) : new V1Http(new URL((where as { http: string }).http));
    await client.connect(transport);
    const received = transport.onmessage!;
    const questions = new Set<unknown>();
    transport.onmessage = (m: any, extra?: any) => {
      if (m.method === 'elicitation/create') questions.add(m.id);
      if (m.method === 'notifications/cancelled' && questions.delete(m.params?.requestId)) withdrawn += 1;
      (received as (...a: unknown[]) => void)(m, extra);
    };
    return {
      ...base,
      call: async (name, args, signal) => {
        const r = await client.callTool({ name, arguments: args }, undefined, signal ? { signal } : {});
        return { isError: r.isError === true, data: r.structuredContent as Record<string, any> };
      },
      close: () => (inner.abort(), client.close()),
    };
  }
  const client = new Client(
    { name: 'v2-e2e', version: '1.0.0' },
    { ...caps, ...(kind === 'v2-modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {}) },
  );
  if (handle) {
    client.setRequestHandler('elicitation/create', (r: any, ctx: any) =>
      handle(r.params.message, ctx.mcpReq.signal),
    );
  }
  await client.connect(
    stdio
      ? new StdioClientTransport(stdio)
      : new StreamableHTTPClientTransport(new URL((where as { http: string }).http)),
  );
  if (kind === 'v2-legacy' && client.getNegotiatedProtocolVersion() !== '2025-11-25') {
    throw new Error(`expected the 2025-11-25 era, got ${client.getNegotiatedProtocolVersion()}`);
  }
  return {
    ...base,
    call: async (name, args, signal) => {
      const r = await client.callTool({ name, arguments: args }, signal ? { signal } : {});
      return { isError: r.isError === true, data: r.structuredContent as Record<string, any> };
    },
    close: () => client.close(),
  };
}
