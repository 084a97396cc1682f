// The first answers over stdio, before the MCP SDK and zod are loaded (they are most of a warm
// start). A host opens with `initialize` and `tools/list`, whose answers depend only on the build
// and a few settings, so they are recorded from the SDK at build time (startup-answers.ts). This
// prelude answers those two from the record, then hands the connection to the SDK: every byte read
// is replayed to it, and its own answers to the requests already answered are compared with what
// was sent and dropped (startStdio). Anything else the client sends ends the prelude at once, so
// the SDK decides it exactly as without a prelude. Nothing here imports the SDK.

import { PassThrough, type Readable, type Writable } from 'node:stream';

/**
 * What the prelude can answer: `initialize` with these params gives its result and the `tools/list`
 * result of that protocol version; `undefined` means "not this one", and the SDK takes over.
 */
export type PreludeAnswers = (
  initializeParams: unknown,
) =>
  { readonly initialize: Record<string, unknown>; readonly toolsList: Record<string, unknown> } | undefined;

export type MessageId = string | number;

/** What the SDK continues from: the whole input (replayed, then live) and what was answered. */
export interface StdioHandoff {
  readonly input: Readable;
  /** Request id -> the JSON of the result sent for it. */
  readonly answered: ReadonlyMap<MessageId, string>;
}

/** Lines longer than this are never answered here (the stdio guard answers oversized ones). */
const MAX_PRELUDE_LINE = 64 * 1024;
/** Handing over after this long even if the host has not listed the tools (it may never). */
const MAX_PRELUDE_MS = 300;

interface Message {
  readonly id?: unknown;
  readonly method?: unknown;
  readonly params?: unknown;
}

function parse(line: string): Message | undefined {
  try {
    const m: unknown = JSON.parse(line);
    return typeof m === 'object' && m !== null && !Array.isArray(m) ? (m as Message) : undefined;
  } catch {
    return undefined;
  }
}

const isId = (id: unknown): id is MessageId =>
  (typeof id === 'string' && id.length <= 200) || (typeof id === 'number' && Number.isSafeInteger(id));

/** No params, or `{}`: a tools/list with a cursor or `_meta` goes to the SDK. */
const noParams = (params: unknown): boolean =>
  params === undefined || (typeof params === 'object' && params !== null && Object.keys(params).length === 0);

type Step = 'answered' | 'listed' | 'ignored' | 'handoff';

/** Decides one line: answer it, let it pass (the `initialized` notification), or hand over. */
function stepper(answers: PreludeAnswers, reply: (id: MessageId, result: Record<string, unknown>) => void) {
  let toolsList: Record<string, unknown> | undefined; // known once initialize is answered
  return (line: string): Step => {
    const m = line.length <= MAX_PRELUDE_LINE ? parse(line) : undefined;
    if (!m || m.method === undefined) return 'handoff';
    if (m.method === 'notifications/initialized' && m.id === undefined && toolsList) return 'ignored';
    if (!isId(m.id)) return 'handoff';
    if (m.method === 'initialize' && !toolsList) {
      const opening = answers(m.params);
      if (!opening) return 'handoff';
      toolsList = opening.toolsList;
      reply(m.id, opening.initialize);
      return 'answered';
    }
    if (m.method === 'tools/list' && toolsList && noParams(m.params)) {
      reply(m.id, toolsList);
      return 'listed';
    }
    return 'handoff';
  };
}

/**
 * Reads `input` and answers what it can on `output`; resolves with the handoff once the tools are
 * listed, a message it does not answer arrives, the input ends or fails, or MAX_PRELUDE_MS pass.
 */
export function startStdioPrelude(
  input: Readable,
  output: Writable,
  answers: PreludeAnswers,
): Promise<StdioHandoff> {
  const chunks: Buffer[] = [];
  const answered = new Map<MessageId, string>();
  let partial = '';
  let ended = false;
  const decide = stepper(answers, (id, result) => {
    const json = JSON.stringify(result);
    answered.set(id, json);
    output.write(`{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":${json}}\n`);
  });
  return new Promise((resolve) => {
    const handOver = (): void => {
      clearTimeout(timer);
      input.off('data', onData).off('end', onEnd).off('error', onEnd);
      const replay = new PassThrough();
      for (const chunk of chunks) replay.write(chunk);
      if (ended) replay.end();
      else input.pipe(replay);
      resolve({ input: replay, answered });
    };
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const step = decide(line);
        if (step === 'handoff' || step === 'listed') return handOver();
      }
      if (partial.length > MAX_PRELUDE_LINE) handOver();
    };
    const onEnd = (): void => {
      ended = true;
      handOver();
    };
    const timer = setTimeout(handOver, MAX_PRELUDE_MS);
    input.on('data', onData).on('end', onEnd).on('error', onEnd);
  });
}
