// A line guard in front of the SDK's stdio transport. The SDK drops the session when a message
// exceeds its 10 MiB read buffer (the process exits with no answer) and silently ignores lines
// that are JSON but not a valid JSON-RPC message, so the client waits for its own timeout. Here
// every such line gets a JSON-RPC error answer (message-check.ts), and the session goes on. Valid
// lines pass through unchanged to the SDK transport, which keeps its own framing and shutdown.

import { PassThrough, type Readable } from 'node:stream';
import type { JSONRPCMessage } from '@modelcontextprotocol/server';
import {
  checkLine,
  errorAnswer,
  INVALID_REQUEST,
  MAX_MESSAGE_BYTES,
  type MessageId,
} from './message-check.js';

type Answer = (message: JSONRPCMessage) => void;

/** The id of a message too large to parse, when it is near the start as clients write it. */
function leadingId(head: string): MessageId {
  const m = /"id"\s*:\s*("(?:[^"\\]|\\.){0,200}"|-?\d{1,16})/.exec(head);
  return m ? (JSON.parse(m[1]!) as string | number) : null;
}

/**
 * A stream of the valid lines of `input`, for the SDK transport. Oversized and malformed lines
 * are answered through `answer` (the transport's own send, so writes stay whole lines). When
 * `input` ends, `beforeEnd` (the running calls finishing) is awaited before the stream ends.
 */
export function guardStdin(
  input: Readable,
  answer: Answer,
  limit = MAX_MESSAGE_BYTES,
  beforeEnd?: () => Promise<void>,
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
  const onEnd = (): void =>
    void (beforeEnd?.() ?? Promise.resolve()).catch(() => undefined).then(() => out.end());
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
