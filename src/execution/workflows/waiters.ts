// Polls an operation until one of its `smithy.waiters#waitable` acceptors says success or failure,
// following the Smithy waiter workflow and backoff (smithy.io/2.0/additional-specs/waiters.html).
// Time, sleep and randomness are injected so tests drive the clock; the deadline is always bounded.

import { ToolError, isToolError } from '../../errors/tool-error.js';
import type { OperationView, ServiceModel } from '../../model/service-model.js';
import { waitersTrait } from '../../model/views/operation.js';
import { isObject } from '../shaping/member-path.js';
import type { JsonObject } from '../../model/plain-object.js';
import { toJmespathData } from '../shaping/query.js';
import {
  awsErrorCodeOf,
  evalPath,
  failureMessage,
  matches,
  type Acceptor,
  type AcceptorState,
  type Attempt,
} from './waiter-acceptors.js';

export { awsErrorCodeOf, type Acceptor, type AcceptorState, type PathMatcher } from './waiter-acceptors.js';

export const DEFAULT_MAX_WAIT_SECONDS = 300;
export const MAX_WAIT_SECONDS_CAP = 600;
const DEFAULT_MIN_DELAY = 2;
const DEFAULT_MAX_DELAY = 120;

export interface WaiterInfo {
  readonly name: string;
  readonly documentation?: string;
  readonly minDelay: number;
  readonly maxDelay: number;
  readonly deprecated: boolean;
  readonly acceptors: readonly Acceptor[];
}

export type WaitCall = (input: JsonObject) => Promise<{ output: JsonObject }>;

export interface WaitOptions {
  readonly model: ServiceModel;
  readonly op: OperationView;
  readonly waiterName: string;
  readonly input: JsonObject;
  readonly call: WaitCall;
  /** Total time allowed; default 300, capped at 600. */
  readonly maxWaitSeconds?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (attempt: number, elapsedMs: number, state: AcceptorState) => void;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly now?: () => number;
  /** Returns a number in [0, 1), like Math.random. */
  readonly random?: () => number;
  /** The AWS error code of a thrown error; see awsErrorCodeOf for the default. */
  readonly errorCodeOf?: (error: unknown) => string | undefined;
}

export interface WaitOutcome {
  readonly state: 'success' | 'failure' | 'timeout';
  readonly waiter: string;
  readonly attempts: number;
  readonly elapsedMs: number;
  readonly lastOutput?: JsonObject;
  readonly lastError?: unknown;
  readonly matchedAcceptor?: Acceptor;
  /** The failure acceptor's message, when it defines one. */
  readonly message?: string;
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 1 ? v : fallback;
}

/** The waiters defined on an operation, in model order. */
export function listWaiters(model: ServiceModel, op: OperationView): WaiterInfo[] {
  void model; // the trait lives on the operation; the model parameter keeps the API uniform
  const trait = waitersTrait(op.shape.traits);
  if (!trait) return [];
  return Object.entries(trait).flatMap(([name, w]) => {
    if (!isObject(w) || !Array.isArray(w.acceptors)) return [];
    const minDelay = num(w.minDelay, DEFAULT_MIN_DELAY);
    return [
      {
        name,
        ...(typeof w.documentation === 'string' ? { documentation: w.documentation } : {}),
        minDelay,
        maxDelay: Math.max(minDelay, num(w.maxDelay, DEFAULT_MAX_DELAY)),
        deprecated: w.deprecated === true,
        acceptors: w.acceptors as Acceptor[],
      },
    ];
  });
}

/** The operation of this service that defines a waiter (names are unique per service, any case). */
export function findServiceWaiter(
  model: ServiceModel,
  name: string,
): { op: OperationView; waiter: WaiterInfo } | undefined {
  const lower = name.toLowerCase();
  for (const op of model.operations()) {
    const waiter = listWaiters(model, op).find((w) => w.name.toLowerCase() === lower);
    if (waiter) return { op, waiter };
  }
  return undefined;
}

/**
 * The delay in seconds before retry number `attempt` (1-based), per the Smithy spec: exponential
 * backoff with full jitter between minDelay and the ceiling, and a last retry stretched to the
 * deadline rather than one that would overshoot it.
 */
export function waiterDelaySeconds(args: {
  attempt: number;
  minDelay: number;
  maxDelay: number;
  remainingSeconds: number;
  random: () => number;
}): number {
  const { attempt, minDelay, maxDelay, remainingSeconds, random } = args;
  const attemptCeiling = Math.log(maxDelay / minDelay) / Math.log(2) + 1;
  const ceiling = attempt > attemptCeiling ? maxDelay : minDelay * 2 ** (attempt - 1);
  let delay = minDelay + Math.floor(random() * (Math.floor(ceiling) - minDelay + 1));
  if (remainingSeconds - delay <= minDelay) delay = remainingSeconds;
  return Math.max(0, Math.min(delay, remainingSeconds));
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function resolveWaiter(model: ServiceModel, op: OperationView, name: string): WaiterInfo {
  const waiters = listWaiters(model, op);
  const found =
    waiters.find((w) => w.name === name) ?? waiters.find((w) => w.name.toLowerCase() === name.toLowerCase());
  if (found) return found;
  const elsewhere = findServiceWaiter(model, name);
  const hint = elsewhere
    ? `${elsewhere.waiter.name} is a waiter of ${elsewhere.op.name}: invoke ${elsewhere.op.name} with waitFor "${elsewhere.waiter.name}".`
    : waiters.length > 0
      ? `Use one of: ${waiters.map((w) => w.name).join(', ')}.`
      : `${op.name} defines no waiters; poll it yourself or pick an operation that has waiters.`;
  throw new ToolError('InvalidInput', `${op.name} has no waiter named "${name}"`, {
    hint,
    details: { validWaiters: waiters.map((w) => w.name) },
  });
}

/** The time allowed, in seconds: a bad value is refused rather than waited on, a large one capped. */
function clampMaxWait(maxWaitSeconds: number | undefined): number {
  const requested = maxWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS;
  if (!Number.isFinite(requested) || requested <= 0) {
    throw new ToolError(
      'InvalidInput',
      `maxWaitSeconds must be a positive number, got ${String(requested)}`,
      {
        hint: `Use a value between 1 and ${MAX_WAIT_SECONDS_CAP}.`,
      },
    );
  }
  return Math.min(requested, MAX_WAIT_SECONDS_CAP);
}

/**
 * One poll. An AWS error is an attempt the acceptors judge (e.g. ResourceNotFound means "deleted"),
 * so it comes back as a failed attempt; any other ToolError (denied, bad input) ends the wait.
 */
async function pollOnce(
  call: WaitCall,
  input: JsonObject,
  signal: AbortSignal | undefined,
  errorCodeOf: (error: unknown) => string | undefined,
): Promise<{ attempt: Attempt; error?: unknown }> {
  try {
    const { output } = await call(input);
    return { attempt: { input, output, data: toJmespathData(output, 'epochSeconds'), failed: false } };
  } catch (e) {
    signal?.throwIfAborted();
    if (isToolError(e) && e.code !== 'AwsError') throw e;
    const code = errorCodeOf(e);
    return { attempt: { input, failed: true, ...(code !== undefined ? { code } : {}) }, error: e };
  }
}

/** Polls until a success or failure acceptor matches, or the time allowed runs out. */
export async function waitFor(opts: WaitOptions): Promise<WaitOutcome> {
  const { model, op, input, call, signal, onProgress } = opts;
  const waiter = resolveWaiter(model, op, opts.waiterName);
  const maxWait = clampMaxWait(opts.maxWaitSeconds);
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? defaultSleep;
  const random = opts.random ?? Math.random;
  const errorCodeOf = opts.errorCodeOf ?? awsErrorCodeOf;
  // A broken clock or sleep must not spin forever: no honest schedule needs more attempts.
  const maxAttempts = Math.ceil(maxWait / waiter.minDelay) + 2;
  const start = now();
  let attempts = 0;
  let last: Attempt | undefined;

  const outcome = (state: WaitOutcome['state'], extra: Partial<WaitOutcome> = {}): WaitOutcome => ({
    state,
    waiter: waiter.name,
    attempts,
    elapsedMs: now() - start,
    ...(last?.output !== undefined ? { lastOutput: last.output } : {}),
    ...extra,
  });

  for (;;) {
    signal?.throwIfAborted();
    attempts += 1;
    let error: unknown;
    ({ attempt: last, error } = await pollOnce(call, input, signal, errorCodeOf));
    const failedExtra = last.failed ? { lastError: error } : {};
    const acceptor = waiter.acceptors.find((a) => matches(a.matcher, last!));
    const state: AcceptorState = acceptor?.state ?? (last.failed ? 'failure' : 'retry');
    onProgress?.(attempts, now() - start, state);
    if (state !== 'retry') {
      const message = acceptor ? failureMessage(acceptor, last) : undefined;
      return outcome(state, {
        ...failedExtra,
        ...(acceptor ? { matchedAcceptor: acceptor } : {}),
        ...(message !== undefined ? { message } : {}),
      });
    }
    const remaining = maxWait - (now() - start) / 1000;
    if (remaining <= 0 || attempts >= maxAttempts) {
      return outcome('timeout', { ...failedExtra, ...(acceptor ? { matchedAcceptor: acceptor } : {}) });
    }
    const delay = waiterDelaySeconds({
      attempt: attempts,
      minDelay: waiter.minDelay,
      maxDelay: waiter.maxDelay,
      remainingSeconds: remaining,
      random,
    });
    await sleep(delay * 1000, signal);
  }
}

/**
 * What the last poll of a wait that ran out of time saw: the acceptor state, the AWS error code
 * when it failed, and the values the waiter's acceptors look at (`Table.TableStatus: CREATING`).
 */
export function lastObservedState(
  waiter: WaiterInfo,
  outcome: WaitOutcome,
  errorCodeOf: (error: unknown) => string | undefined = awsErrorCodeOf,
): Record<string, unknown> {
  const observed: Record<string, unknown> = {};
  const data = outcome.lastOutput ? toJmespathData(outcome.lastOutput, 'epochSeconds') : undefined;
  for (const a of waiter.acceptors) {
    const path = 'output' in a.matcher ? a.matcher.output.path : undefined;
    if (path === undefined || data === undefined || path in observed) continue;
    const value = evalPath(data, path);
    const scalar = (v: unknown): boolean => ['string', 'number', 'boolean'].includes(typeof v);
    if (scalar(value) || (Array.isArray(value) && value.length <= 20 && value.every(scalar))) {
      observed[path] = value;
    }
  }
  const code = outcome.lastError !== undefined ? errorCodeOf(outcome.lastError) : undefined;
  return {
    state: outcome.matchedAcceptor?.state ?? 'retry',
    ...(code !== undefined ? { errorCode: code } : {}),
    ...(Object.keys(observed).length > 0 ? { observed } : {}),
  };
}
