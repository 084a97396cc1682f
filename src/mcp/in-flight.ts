// The tool calls running now, so a shutdown can let them finish: once draining starts no new call
// begins (it is refused with nothing run), running calls get the grace period to end on their own,
// and those still running then are cancelled through their abort signal, which the execute
// pipeline records in the audit as `cancelled` before it answers.

import { ToolError } from '../errors/tool-error.js';
import type { ToolDefinition } from '../tools/tool-definition.js';

/** After cancelling, how long calls get to record their cancellation and answer. */
export const CANCEL_SETTLE_MS = 5_000;

export interface DrainOutcome {
  /** Calls that ended on their own during the grace period. */
  readonly finished: number;
  /** Calls still running when the grace period ended, cancelled then. */
  readonly cancelled: number;
}

function settledWithin(calls: Iterable<Promise<unknown>>, ms: number): Promise<boolean> {
  const all = Promise.allSettled([...calls]).then(() => true);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([all, late]).finally(() => clearTimeout(timer));
}

export class InFlightCalls {
  private readonly running = new Set<Promise<unknown>>();
  private readonly cancel = new AbortController();
  private draining = false;

  get size(): number {
    return this.running.size;
  }

  /** The tool, its calls counted; each call's signal also fires when the grace period ends. */
  tracked<S extends ToolDefinition>(tool: S): S {
    return {
      ...tool,
      run: (input, ctx) => {
        if (this.draining) {
          return Promise.reject(
            new ToolError('Cancelled', 'The server is shutting down; nothing was run.', {
              hint: 'Retry the call: another instance, or this one once restarted, will answer.',
            }),
          );
        }
        const signal = AbortSignal.any([ctx.signal, this.cancel.signal]);
        const call = tool.run(input, { ...ctx, signal });
        this.running.add(call);
        const forget = (): void => void this.running.delete(call);
        call.then(forget, forget);
        return call;
      },
    };
  }

  /**
   * Refuses new calls, waits up to `graceMs` for the running ones, then cancels the rest and
   * waits up to `settleMs` more for them to record their cancellation and answer.
   */
  async drain(graceMs: number, settleMs: number): Promise<DrainOutcome> {
    this.draining = true;
    const before = this.running.size;
    let cancelled = 0;
    if (!(await settledWithin(this.running, graceMs))) {
      cancelled = this.running.size;
      this.cancel.abort(new ToolError('Cancelled', 'The server shut down before the call finished.'));
      await settledWithin(this.running, settleMs);
    }
    // The SDK writes an answer a few promise steps after the tool returns: one turn of the event
    // loop lets every such step run, so closing the transport next does not drop an answer.
    await new Promise((resolve) => setImmediate(resolve));
    return { finished: before - cancelled, cancelled };
  }
}
