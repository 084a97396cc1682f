// The contract between a script and the server that runs it. The sandbox knows nothing of AWS,
// policy or audit: every way out of a script is one of the ScriptHost's methods, and the layer
// that calls runScript decides what they do (the same pipeline as a single invoke).

/** One `aws.call(service, operation, payload, options)` as the script made it, parsed from JSON. */
export interface InnerCall {
  readonly service: string;
  readonly operation: string;
  readonly payload: Readonly<Record<string, unknown>>;
  /** The script's options object as given (`region`, `paginate`, `maxItems`...): checked by the host. */
  readonly options: Readonly<Record<string, unknown>>;
  /** 1 for the script's first call, in the order the script made them. */
  readonly sequence: number;
}

/** The only doors out of a script. A rejection with a ToolError reaches the script as an Error with its `code`. */
export interface ScriptHost {
  call(request: InnerCall, signal: AbortSignal): Promise<unknown>;
  /** `aws.regions()`: the regions a script may use. Counted as one call. */
  regions(signal: AbortSignal): Promise<readonly string[]>;
}

export interface ScriptLimits {
  /** Heap the script may use, bytes (QuickJS's limit, and the cap of its WebAssembly memory). */
  readonly memoryBytes: number;
  /** Wall time from start to result, including time spent waiting for AWS. */
  readonly timeoutMs: number;
  /** Interpreter stack, bytes: deep recursion stops with reason `stack`. */
  readonly stackBytes: number;
  /** `aws.call`/`aws.paginate`/`aws.regions` calls a script may make in all. */
  readonly maxCalls: number;
  /** Characters of the result's JSON text. */
  readonly maxOutputChars: number;
  /** Inner calls in flight at once; more wait their turn. */
  readonly concurrency: number;
}

export const DEFAULT_SCRIPT_LIMITS: ScriptLimits = {
  memoryBytes: 64 * 1024 * 1024,
  timeoutMs: 120_000,
  stackBytes: 256 * 1024,
  maxCalls: 1_000,
  maxOutputChars: 200_000,
  concurrency: 8,
};

/** Why a script stopped short: `details.reason` of a ScriptFailed error. */
export type ScriptFailure = 'timeout' | 'memory' | 'stack' | 'calls' | 'output' | 'syntax' | 'error';

export interface ScriptOutcome {
  /** What the script returned, as JSON (undefined becomes null). */
  readonly value: unknown;
  /** Characters of the value's JSON text. */
  readonly outputChars: number;
  /** Inner calls the script made. */
  readonly calls: number;
}
