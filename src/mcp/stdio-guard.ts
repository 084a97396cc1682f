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

/** The line being read: its chunks so far, or only its head once it is known to be too large. */
interface PartialLine {
  pending: Buffer[];
  pendingBytes: number;
  oversized: { head: string } | undefined;
}

/** The first bytes of an oversized line: enough to find its id, so the error answer can name it. */
function headOf(chunks: Buffer[]): { head: string } {
  return { head: Buffer.concat(chunks).subarray(0, 512).toString('utf8') };
}

/** A complete line: answered with an error when too large or malformed, else passed on to `out`. */
function endLine(line: PartialLine, tail: Buffer, answer: Answer, out: PassThrough, limit: number): void {
  if (!line.oversized && line.pendingBytes + tail.length > limit) {
    line.oversized = headOf([...line.pending, tail.subarray(0, 512)]);
  }
  if (line.oversized) {
    answer(
      errorAnswer(
        leadingId(line.oversized.head),
        INVALID_REQUEST,
        `Message too large: the stdio limit is ${limit / 1024 / 1024} MiB per message.`,
      ),
    );
  } else {
    const whole = Buffer.concat([...line.pending, tail]);
    const problem = checkLine(whole.toString('utf8'));
    if (problem) answer(problem);
    else out.write(Buffer.concat([whole, Buffer.from('\n')]));
  }
  line.pending = [];
  line.pendingBytes = 0;
  line.oversized = undefined;
}

/** The start of a line still being read; past the limit only its head is kept, so memory stays bounded. */
function keepPartial(line: PartialLine, rest: Buffer, limit: number): void {
  if (!line.oversized && line.pendingBytes + rest.length > limit) {
    line.oversized = headOf([...line.pending, rest]);
    line.pending = [];
  }
  if (!line.oversized) {
    line.pending.push(rest);
    line.pendingBytes += rest.length;
  }
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
  const line: PartialLine = { pending: [], pendingBytes: 0, oversized: undefined };
  const onData = (chunk: Buffer): void => {
    let rest = chunk;
    for (let nl = rest.indexOf(10); nl !== -1; nl = rest.indexOf(10)) {
      endLine(line, rest.subarray(0, nl), answer, out, limit);
      rest = rest.subarray(nl + 1);
    }
    if (rest.length > 0) keepPartial(line, rest, limit);
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
