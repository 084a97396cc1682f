// How a 2025-era session opened on another instance is served here: what its `initialize` said is
// read from the shared store (SessionRecord) and replayed into a fresh server and transport bound
// to the same Mcp-Session-Id, through the SDK's own initialize handling (no private fields set).
// The rebuilt server then knows the client's capabilities (can it be asked for approval?), its
// name (User-Agent) and the negotiated protocol version, exactly as the first instance did.

import type { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/server';
import type { SessionRecord } from '../state/ports.js';

/** What a session's record keeps of its `initialize` request; undefined for anything else. */
export function recordOfInitialize(body: unknown, owner: string | undefined): SessionRecord | undefined {
  const message = (Array.isArray(body) ? body[0] : body) as
    { method?: unknown; params?: Record<string, unknown> } | undefined;
  const params = message?.method === 'initialize' ? message.params : undefined;
  if (typeof params?.protocolVersion !== 'string') return undefined;
  return {
    protocolVersion: params.protocolVersion,
    clientCapabilities: (params.capabilities ?? {}) as Record<string, unknown>,
    ...(params.clientInfo ? { clientInfo: params.clientInfo as Record<string, unknown> } : {}),
    ...(owner !== undefined ? { owner } : {}),
  };
}

/** Headers of a request the transport accepts as the client's (never sent on any network). */
export function replayHeaders(sessionId?: string, protocolVersion?: string): Headers {
  const headers = new Headers({
    accept: 'application/json, text/event-stream',
    'content-type': 'application/json',
  });
  if (sessionId) headers.set('mcp-session-id', sessionId);
  if (protocolVersion) headers.set('mcp-protocol-version', protocolVersion);
  return headers;
}

/**
 * Replays the session's `initialize` and `notifications/initialized` into a connected transport
 * whose session id generator yields `sessionId`. Throws if the server refuses them.
 */
export async function replayInitialize(
  transport: WebStandardStreamableHTTPServerTransport,
  sessionId: string,
  record: SessionRecord,
): Promise<void> {
  const url = 'http://session.restore/mcp';
  const initialize = {
    jsonrpc: '2.0',
    id: `restore-${sessionId}`,
    method: 'initialize',
    params: {
      protocolVersion: record.protocolVersion,
      capabilities: record.clientCapabilities,
      clientInfo: record.clientInfo ?? { name: 'unknown', version: '0' },
    },
  };
  const answered = await transport.handleRequest(
    new Request(url, { method: 'POST', headers: replayHeaders() }),
    { parsedBody: initialize },
  );
  // The SSE stream closes once the initialize result is written: reading it to the end waits for that.
  const text = await answered.text();
  if (!answered.ok || !text.includes('"result"')) {
    throw new Error(`replayed initialize refused (${answered.status})`);
  }
  const initialized = await transport.handleRequest(
    new Request(url, { method: 'POST', headers: replayHeaders(sessionId, record.protocolVersion) }),
    { parsedBody: { jsonrpc: '2.0', method: 'notifications/initialized' } },
  );
  if (initialized.status !== 202) throw new Error(`replayed initialized refused (${initialized.status})`);
}
