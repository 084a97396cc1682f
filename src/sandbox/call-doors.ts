// The host side of `aws.call` and `aws.regions()`: reads the script's JSON, counts the call against
// the limit, waits for a concurrency slot, asks the ScriptHost, and answers in JSON. Errors become
// answers (`ok: false` with the ToolError's code), never exceptions, so a failed call is something
// the script can catch (`.catch(e => e.code)`).

import pLimit from 'p-limit';
import { isToolError, ToolError, type ToolErrorBody } from '../errors/tool-error.js';
import type { Doors } from './bridge.js';
import { scriptFailed } from './script-errors.js';
import type { InnerCall, ScriptHost, ScriptLimits } from './types.js';

/** What the doors need from the run they belong to. */
export interface RunState {
  /** The reason the run stopped, once it has: nothing more goes out. */
  stopped(): ToolError | undefined;
  halt(error: ToolError): void;
  readonly signal: AbortSignal;
}

const answer = (value: unknown): string => JSON.stringify({ ok: true, value: value ?? null });
const refuse = (error: ToolErrorBody): string => JSON.stringify({ ok: false, error });

function errorBody(e: unknown): ToolErrorBody {
  if (isToolError(e)) return e.toBody();
  return { code: 'Internal', message: 'The call failed inside the server.' };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `[service, operation, payload, options]` as the prelude sends them, checked. */
function readCall(text: string, sequence: number): InnerCall {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const [service, operation, payload, options] = Array.isArray(parsed) ? parsed : [];
  if (typeof service !== 'string' || typeof operation !== 'string') {
    throw new ToolError('InvalidInput', 'aws.call needs a service and an operation name (strings).', {
      hint: 'aws.call("s3", "ListBuckets", {}, { region: "us-east-1" })',
    });
  }
  if (!isPlainObject(payload) || !isPlainObject(options)) {
    throw new ToolError('InvalidInput', 'aws.call takes its payload and options as objects.');
  }
  return { service, operation, payload, options, sequence };
}

export class CallDoors implements Doors {
  #calls = 0;
  readonly #slots: ReturnType<typeof pLimit>;

  constructor(
    private readonly host: ScriptHost,
    private readonly limits: ScriptLimits,
    private readonly run: RunState,
  ) {
    this.#slots = pLimit(Math.max(1, limits.concurrency));
  }

  /** Calls the script made, refused ones included. */
  get calls(): number {
    return this.#calls;
  }

  call(argumentsJson: string): Promise<string> {
    return this.#through((sequence) => this.host.call(readCall(argumentsJson, sequence), this.run.signal));
  }

  regions(): Promise<string> {
    return this.#through(() => this.host.regions(this.run.signal));
  }

  async #through(send: (sequence: number) => Promise<unknown>): Promise<string> {
    if (this.run.stopped() !== undefined)
      return refuse({ code: 'Cancelled', message: 'The script has stopped.' });
    this.#calls += 1;
    const sequence = this.#calls;
    if (sequence > this.limits.maxCalls) {
      this.run.halt(
        scriptFailed('calls', `The script made more than ${this.limits.maxCalls} AWS calls.`, {
          calls: this.limits.maxCalls,
          limit: this.limits.maxCalls,
        }),
      );
      return refuse({ code: 'Cancelled', message: 'Call limit reached.' });
    }
    return this.#slots(async () => {
      if (this.run.stopped() !== undefined)
        return refuse({ code: 'Cancelled', message: 'The script has stopped.' });
      try {
        return this.#encode(await send(sequence));
      } catch (e) {
        return refuse(errorBody(e));
      }
    });
  }

  /** The answer's JSON, unless it would not fit in the script's memory. */
  #encode(value: unknown): string {
    const text = answer(value);
    if (text.length > this.limits.memoryBytes / 4) {
      return refuse({
        code: 'PayloadTooLarge',
        message: `The call's result (${text.length} characters) is too large for the script's memory.`,
        hint: 'Ask for less: maxItems, a query, or fewer pages.',
      });
    }
    return text;
  }
}
