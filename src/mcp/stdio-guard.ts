// A line guard in front of the SDK's stdio transport. The SDK drops the session when a message
// exceeds its 10 MiB read buffer (the process exits with no answer) and silently ignores lines
// that are JSON but not a valid JSON-RPC message, so the client waits for its own timeout. Here
// every such line gets a JSON-RPC error answer, and the session goes on. Valid lines pass
// through unchanged to the SDK transport, which keeps its own framing and shutdown behaviour.

import { PassThrough, type Readable } from 'node:stream';
import { parseJSONRPCMessage, type JSONRPCMessage } from '@modelcontextprotocol/server';

/** The largest message accepted on stdio (the SDK's read buffer size). Stated in the README. */
export const STDIO_MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

const PARSE_ERROR = -32700;
const INVALID_REQUEST = -32600;
const INVALID_PARAMS = -32602;

type Id = string | number | null;
type Answer = (message: JSONRPCMessage) => void;

function errorAnswer(id: Id, code: number, message: string): JSONRPCMessage {
  return { jsonrpc: '2.0', id, error: { code, message } } as unknown as JSONRPCMessage;
}

function validId(v: unknown): v is string | number {
  return typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v));
}

/** The id of a message too large to parse, when it is near the start as clients write it. */
function leadingId(head: string): Id {
  const m = /"id"\s*:\s*("(?:[^"\\]|\\.){0,200}"|-?\d{1,16})/.exec(head);
  return m ? (JSON.parse(m[1]!) as string | number) : null;
}

/** Why the SDK would drop this line without answering, as a JSON-RPC error; undefined if fine. */
export function checkLine(line: string): JSONRPCMessage | undefined {
  if (line.trim() === '') return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return errorAnswer(null, PARSE_ERROR, 'Parse error: the line is not JSON.');
  }
  const obj = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<
    string,
    unknown
  >;
  const isResponse = !('method' in obj) && ('result' in obj || 'error' in obj);
  if (isResponse) return undefined; // a response is never answered; the SDK reports it
  const id: Id = validId(obj.id) ? obj.id : null;
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

/**
 * A stream of the valid lines of `input`, for the SDK transport. Oversized and malformed lines
 * are answered through `answer` (the transport's own send, so writes stay whole lines).
 */
export function guardStdin(
  input: Readable,
  answer: Answer,
  limit = STDIO_MAX_MESSAGE_BYTES,
): { readonly lines: PassThrough; readonly stop: () => void } {
  const out = new PassThrough();
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let oversized: { head: string } | undefined;
  const endLine = (tail: Buffer): void => {
    if (!oversized && pendingBytes + tail.length > limit) {
      oversized = {
        head: Buffer.concat([...pending, tail.subarray(0, 512)])
          .subarray(0, 512)
          .toString('utf8'),
      };
    }
    if (oversized) {
      answer(
        errorAnswer(
          leadingId(oversized.head),
          INVALID_REQUEST,
          `Message too large: the stdio limit is ${limit / 1024 / 1024} MiB per message.`,
        ),
      );
    } else {
      const line = Buffer.concat([...pending, tail]);
      const problem = checkLine(line.toString('utf8'));
      if (problem) answer(problem);
      else out.write(Buffer.concat([line, Buffer.from('\n')]));
    }
    pending = [];
    pendingBytes = 0;
    oversized = undefined;
  };
  const onData = (chunk: Buffer): void => {
    let rest = chunk;
    for (let nl = rest.indexOf(10); nl !== -1; nl = rest.indexOf(10)) {
      endLine(rest.subarray(0, nl));
      rest = rest.subarray(nl + 1);
    }
    if (rest.length === 0) return;
    if (!oversized && pendingBytes + rest.length > limit) {
      oversized = {
        head: Buffer.concat([...pending, rest])
          .subarray(0, 512)
          .toString('utf8'),
      };
      pending = [];
    }
    if (!oversized) {
      pending.push(rest);
      pendingBytes += rest.length;
    }
  };
  const onEnd = (): void => void out.end();
  const onError = (e: Error): void => void out.destroy(e);
  input.on('data', onData).on('end', onEnd).on('error', onError);
  return {
    lines: out,
    stop: () => {
      input.off('data', onData).off('end', onEnd).off('error', onError);
      input.pause();
    },
  };
}
