// The server answers `initialize` and `tools/list` at once and syncs the models in the background
// (a first clone can take a minute). Tools that need the models pass through this gate: they wait
// for the whole tree and catalog (never half of it), reporting progress while they wait, and after
// `maxWaitMs` answer ModelsSyncing with an estimate of how long is left instead of hanging.

import { ToolError } from '../errors/tool-error.js';
import type { ToolCallContext, ToolDefinition } from './tool-definition.js';

export interface ModelsGateOptions<T> {
  /** Syncs the models and opens everything built on them; retried on the next call if it fails. */
  readonly open: () => Promise<T>;
  /** How long opening is expected to take from the start (a first clone: about a minute). */
  readonly expectedMs: number;
  /** The longest one tool call waits before answering ModelsSyncing (default 20 s). */
  readonly maxWaitMs?: number;
  /** How often a waiting call reports progress (default 1 s). */
  readonly progressEveryMs?: number;
  readonly now?: () => number;
}

export class ModelsGate<T> {
  private value: T | undefined;
  private pending: Promise<T> | undefined;
  private startedAt = 0;

  constructor(private readonly opts: ModelsGateOptions<T>) {}

  /** Starts opening (once; again after a failure). Never rejects: failures reach the callers. */
  start(): Promise<T> {
    if (this.pending) return this.pending;
    this.startedAt = this.now();
    const pending = this.opts.open().then(
      (value) => (this.value = value),
      (e: unknown) => {
        this.pending = undefined; // the next call tries again rather than repeating this failure
        throw e;
      },
    );
    pending.catch(() => undefined); // reported to whoever waits; an unwatched failure is not fatal
    this.pending = pending;
    return pending;
  }

  /** The opened value, if opening has finished. */
  get ready(): T | undefined {
    return this.value;
  }

  /** The opened value now, or ModelsSyncing: for code that runs only after `wait`. */
  current(): T {
    if (this.value === undefined) throw this.syncing();
    return this.value;
  }

  /** Waits for the opened value, reporting progress; ModelsSyncing after `maxWaitMs`. */
  async wait(ctx: Pick<ToolCallContext, 'signal' | 'progress'>): Promise<T> {
    if (this.value !== undefined) return this.value;
    const opening = this.start();
    const waitStarted = this.now();
    const maxWaitMs = this.opts.maxWaitMs ?? 20_000;
    const everyMs = this.opts.progressEveryMs ?? 1_000;
    for (let step = 1; ; step++) {
      const tick = new Promise<'tick'>((resolve) => {
        const timer = setTimeout(() => resolve('tick'), everyMs);
        opening.then(
          () => clearTimeout(timer),
          () => clearTimeout(timer),
        );
      });
      if ((await Promise.race([opening, tick])) !== 'tick') return opening;
      if (ctx.signal.aborted)
        throw new ToolError('Timeout', 'The call was cancelled while the models synced.');
      if (this.now() - waitStarted >= maxWaitMs) throw this.syncing();
      await ctx.progress(step, undefined, this.progressMessage()).catch(() => undefined);
    }
  }

  /** A tool whose `run` first waits for the models; its name, schemas and texts are unchanged. */
  gated<S extends ToolDefinition>(tool: S): S {
    return { ...tool, run: async (input, ctx) => (await this.wait(ctx), tool.run(input, ctx)) };
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  private secondsLeft(): number {
    const left = this.opts.expectedMs - (this.now() - this.startedAt);
    return Math.max(5, Math.ceil(left / 1000));
  }

  private progressMessage(): string {
    const elapsed = Math.round((this.now() - this.startedAt) / 1000);
    return `Syncing the AWS models: ${elapsed} s so far, about ${this.secondsLeft()} s left.`;
  }

  private syncing(): ToolError {
    const retryAfterSeconds = this.secondsLeft();
    return new ToolError('ModelsSyncing', 'The AWS models are still being synced; nothing was run.', {
      hint: `Retry in about ${retryAfterSeconds} s.`,
      details: { retryAfterSeconds, elapsedSeconds: Math.round((this.now() - this.startedAt) / 1000) },
    });
  }
}
