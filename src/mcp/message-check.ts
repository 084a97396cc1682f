// What the SDK would drop without an answer, on every transport. Its stdio transport silently
// ignores a line that is JSON but not a valid JSON-RPC message (the client waits for its own
// timeout), and its HTTP transports answer such a body with one generic -32600 whatever is
// wrong. Here each gets the JSON-RPC error the spec names, with the request's id when it has
// one: -32700 for what is not JSON, -32600 for what is not a request, -32602 for bad params
// (including a `tools/list` cursor this server never issued: its tool list is one page).

import { parseJSONRPCMessage, type JSONRPCMessage } from '@modelcontextprotocol/server';

/** The largest message accepted, on stdio and over HTTP alike. Stated in the README. */
export const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;
export const INVALID_PARAMS = -32602;

export type MessageId = string | number | null;

export function errorAnswer(id: MessageId, code: number, message: string): JSONRPCMessage {
  return { jsonrpc: '2.0', id, error: { code, message } } as unknown as JSONRPCMessage;
}

function validId(v: unknown): v is string | number {
  return typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v));
}

/** Why the SDK would drop (or answer vaguely) this parsed message; undefined if it is fine. */
export function checkMessage(raw: unknown): JSONRPCMessage | undefined {
  const obj = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<
    string,
    unknown
  >;
  const isResponse = !('method' in obj) && ('result' in obj || 'error' in obj);
  if (isResponse) return undefined; // a response is never answered; the SDK reports it
  const id: MessageId = validId(obj.id) ? obj.id : null;
  const params = obj.params as Record<string, unknown> | undefined;
  if (obj.method === 'tools/list' && id !== null && params?.cursor !== undefined) {
    // the tool list is one page, so no cursor is one this server issued
    return errorAnswer(id, INVALID_PARAMS, 'Invalid params: unknown cursor (tools/list has a single page).');
  }
  try {
    parseJSONRPCMessage(raw);
    return undefined;
  } catch {
    // fall through: answer what the SDK would drop
  }
  if (!('id' in obj)) return undefined; // a notification gets no answer, even a broken one
  if (obj.jsonrpc !== '2.0' || typeof obj.method !== 'string' || id === null) {
    return errorAnswer(id, INVALID_REQUEST, 'Invalid Request: not a JSON-RPC 2.0 request.');
  }
  return errorAnswer(
    id,
    INVALID_PARAMS,
    `Invalid params for ${obj.method}: params and params._meta must be objects.`,
  );
}

/** `checkMessage` for one line of text (stdio); a line that is not JSON is a parse error. */
export function checkLine(line: string): JSONRPCMessage | undefined {
  if (line.trim() === '') return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return errorAnswer(null, PARSE_ERROR, 'Parse error: the line is not JSON.');
  }
  return checkMessage(raw);
}
