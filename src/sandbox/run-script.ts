// Runs one script to its result under its limits. The script's function is called once; then the
// loop alternates between letting the engine run its pending jobs and waiting for the next AWS
// answer, until the script's promise settles or a limit stops it. A stop is final: the interrupt
// handler ends any running code at its next check, queued calls are not sent, in-flight calls are
// aborted, and answers that arrive later are dropped.

import { ToolError } from '../errors/tool-error.js';
import { installBridge } from './bridge.js';
import { CallDoors, type RunState } from './call-doors.js';
import { openVm, type Vm } from './engine.js';
import { parseScript } from './parse-script.js';
import { compileError, scriptFailed, thrownByScript } from './script-errors.js';
import { DEFAULT_SCRIPT_LIMITS, type ScriptHost, type ScriptLimits, type ScriptOutcome } from './types.js';
import type { QuickJSHandle } from 'quickjs-emscripten-core';

export interface RunScriptInput {
  /** The body of an async function: statements, `await`, and `return` of the result. */
  readonly source: string;
  readonly host: ScriptHost;
  readonly limits?: Partial<ScriptLimits>;
  /** The request's cancellation: stops the script with `Cancelled`. */
  readonly signal?: AbortSignal;
}

export async function runScript(input: RunScriptInput): Promise<ScriptOutcome> {
  parseScript(input.source); // syntax errors with their position, before an engine is made
  const run = new ScriptRun({ ...DEFAULT_SCRIPT_LIMITS, ...input.limits }, input.host);
  return run.execute(input.source, input.signal);
}

class ScriptRun implements RunState {
  readonly #abort = new AbortController();
  readonly #doors: CallDoors;
  readonly #deadline: number;
  #stop: ToolError | undefined;
  #open = true;
  #woken = false;
  #wake: (() => void) | undefined;

  constructor(
    private readonly limits: ScriptLimits,
    host: ScriptHost,
  ) {
    this.#doors = new CallDoors(host, limits, this);
    this.#deadline = Date.now() + limits.timeoutMs;
  }

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  stopped(): ToolError | undefined {
    return this.#stop;
  }

  halt(error: ToolError): void {
    if (this.#stop !== undefined) return;
    this.#stop = error;
    this.#abort.abort(error);
    this.#notify();
  }

  async execute(source: string, signal: AbortSignal | undefined): Promise<ScriptOutcome> {
    const timer = setTimeout(() => this.#timeUp(), this.limits.timeoutMs);
    const onCancel = (): void => this.halt(new ToolError('Cancelled', 'The request was cancelled.'));
    signal?.addEventListener('abort', onCancel, { once: true });
    if (signal?.aborted === true) onCancel();
    const vm = await openVm(this.limits, () => this.#interrupt());
    try {
      return await this.#drive(vm, source);
    } catch (e) {
      throw this.#stop ?? (e instanceof ToolError ? e : engineFailure(e, this.#doors.calls));
    } finally {
      this.#open = false;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCancel);
      this.#abort.abort();
      vm.dispose();
    }
  }

  async #drive(vm: Vm, source: string): Promise<ScriptOutcome> {
    const { context, runtime } = vm;
    const bridge = installBridge(
      context,
      this.#doors,
      () => this.#notify(),
      () => this.#open,
    );
    const compiled = context.evalCode(`(async function () {\n${source}\n})`, 'script.js', {
      type: 'global',
      strict: true,
    });
    if (compiled.error !== undefined) throw compileError(takeDump(vm, compiled.error));
    const started = context.callFunction(bridge.runner, context.undefined, compiled.value);
    compiled.value.dispose();
    if (started.error !== undefined) throw this.#failure(vm, takeDump(vm, started.error));
    const promise = started.value;
    for (;;) {
      const jobs = runtime.executePendingJobs();
      if (jobs.error !== undefined) throw this.#failure(vm, takeDump(vm, jobs.error));
      if (this.#stop !== undefined) throw this.#stop;
      const state = context.getPromiseState(promise);
      if (state.type === 'fulfilled') return this.#finish(context.getString(state.value));
      if (state.type === 'rejected') throw this.#failure(vm, takeDump(vm, state.error));
      if (bridge.pending.size === 0) throw this.#stuck();
      await this.#nextAnswer();
    }
  }

  #finish(text: string): ScriptOutcome {
    if (text.length > this.limits.maxOutputChars) {
      throw scriptFailed(
        'output',
        `The script's result is ${text.length} characters, over the limit of ${this.limits.maxOutputChars}.`,
        { calls: this.#doors.calls, chars: text.length, limit: this.limits.maxOutputChars },
        'Return less: aggregate, filter or count inside the script.',
      );
    }
    return { value: JSON.parse(text) as unknown, outputChars: text.length, calls: this.#doors.calls };
  }

  #failure(vm: Vm, dumped: unknown): ToolError {
    if (this.#stop !== undefined) return this.#stop;
    // Out of memory with no room left for an Error object, QuickJS throws null.
    if ((dumped === null || dumped === undefined) && vm.memoryUsed() > 0.5) {
      return scriptFailed('memory', 'The script ran out of memory.', { calls: this.#doors.calls });
    }
    return thrownByScript(dumped, this.#doors.calls);
  }

  #stuck(): ToolError {
    return scriptFailed('error', 'The script is waiting for a promise that nothing will settle.', {
      calls: this.#doors.calls,
    });
  }

  #timeUp(): void {
    this.halt(
      scriptFailed('timeout', `The script ran longer than ${this.limits.timeoutMs} ms.`, {
        calls: this.#doors.calls,
        limitMs: this.limits.timeoutMs,
      }),
    );
  }

  /** The engine's interrupt handler: true stops the running code. */
  #interrupt(): boolean {
    if (this.#stop === undefined && Date.now() > this.#deadline) this.#timeUp();
    return this.#stop !== undefined;
  }

  #notify(): void {
    this.#woken = true;
    this.#wake?.();
  }

  async #nextAnswer(): Promise<void> {
    if (!this.#woken) await new Promise<void>((resolve) => (this.#wake = resolve));
    this.#woken = false;
    this.#wake = undefined;
  }
}

/** Reads an error value out of the engine and frees its handle. */
function takeDump(vm: Vm, handle: QuickJSHandle): unknown {
  try {
    return vm.context.dump(handle);
  } catch {
    return undefined; // reading it needs memory the engine may not have
  } finally {
    handle.dispose();
  }
}

/**
 * The engine itself failed: an abort inside WebAssembly, or recursion in the engine's C code (a
 * deeply nested JSON.stringify) using up the host's native stack before QuickJS's own check
 * fired. Only this script's instance is lost; the host has unwound normally.
 */
function engineFailure(e: unknown, calls: number): ToolError {
  const text = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError && /call stack/i.test(text)) {
    return scriptFailed('stack', 'The script recursed too deeply (stack overflow).', { calls });
  }
  const memory = /memory|OOM/i.test(text);
  return scriptFailed(
    memory ? 'memory' : 'error',
    memory ? 'The script ran out of memory.' : 'The script engine stopped.',
    { calls },
  );
}
