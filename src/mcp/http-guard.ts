// The HTTP side of message-check.ts: a JSON POST body is read once here, up to the message limit,
// and answered at once when it is too large, not JSON, or a request the SDK would answer vaguely
// (or not at all: a `tools/list` cursor it would ignore). Anything else goes on to the SDK's
// handlers with the body already parsed, on both protocol eras, so it is not read twice.

import { isJsonContentType, parseJSONRPCMessage, readRequestBody } from '@modelcontextprotocol/server';
import {
  checkMessage,
  errorAnswer,
  INVALID_REQUEST,
  MAX_MESSAGE_BYTES,
  PARSE_ERROR,
} from './message-check.js';
import { describeBytes } from './http-limits.js';

export type HttpGuardOutcome =
  | { readonly answer: Response }
  | { readonly parsedBody: unknown }
  /** Not a JSON POST: the SDK answers it (GET streams, DELETE, 415 for other media types). */
  | undefined;

function answer(status: number, message: unknown): { answer: Response } {
  return { answer: Response.json(message, { status }) };
}

function wellFormed(raw: unknown): boolean {
  try {
    parseJSONRPCMessage(raw);
    return true;
  } catch {
    return false;
  }
}

export async function guardHttpBody(request: Request, limit = MAX_MESSAGE_BYTES): Promise<HttpGuardOutcome> {
  if (request.method.toUpperCase() !== 'POST' || !isJsonContentType(request.headers.get('content-type'))) {
    return undefined;
  }
  let text: string;
  try {
    const read = await readRequestBody(request, limit);
    if (read.tooLarge) {
      return answer(
        413,
        errorAnswer(
          null,
          INVALID_REQUEST,
          `Message too large: the limit is ${describeBytes(limit)} per message.`,
        ),
      );
    }
    text = read.text;
  } catch {
    return answer(400, errorAnswer(null, PARSE_ERROR, 'Parse error: the request body could not be read.'));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return answer(400, errorAnswer(null, PARSE_ERROR, 'Parse error: the request body is not JSON.'));
  }
  const problem = checkMessage(raw);
  // A well-formed request with bad params is answered in band (200), as the SDK answers its own.
  if (problem) return answer(wellFormed(raw) ? 200 : 400, problem);
  return { parsedBody: raw };
}
