// The AWS part of an invoke, once policy and approval said yes: a single call, all pages, a dry
// run, or a call followed by a waiter. Every request it makes is reported through `onRequest` so
// the audit trail gets one op_id per AWS request.

import { ToolError } from '../../errors/tool-error.js';
import { invokeOperation } from '../../execution/executor.js';
import { nextTokenOf, paginate, paginationOf } from '../../execution/workflows/pagination.js';
import type { JsonObject } from '../../model/plain-object.js';
import type { InvokeArgs, InvokeOutcome } from '../../execution/types.js';
import {
  findServiceWaiter,
  lastObservedState,
  listWaiters,
  waitFor,
  type WaitOutcome,
} from '../../execution/workflows/waiters.js';
import type { OperationView } from '../../model/service-model.js';
import type { ExecuteOptions } from '../execute-input.js';
import type { RequestKind } from './request-plan.js';

export interface RequestRecord {
  readonly kind: RequestKind;
  /** The operation name sent (of the call's service, or `sts` for the credential path). */
  readonly operation: string;
  readonly outcome: InvokeOutcome;
  /** When it started (epoch ms). */
  readonly atMs?: number;
}

export interface RunResult {
  readonly output: JsonObject;
  readonly last: InvokeOutcome;
  readonly requests: number;
  readonly nextToken?: unknown;
  readonly pages?: number;
  readonly dryRun?: { readonly wouldSucceed: true; readonly message: string };
  readonly wait?: Pick<WaitOutcome, 'state' | 'waiter' | 'attempts' | 'elapsedMs' | 'message'>;
}

/** Thrown inside paging and waiting so their loops see the AWS error code; unwrapped by the caller. */
export class AwsCallFailed extends ToolError {
  constructor(readonly outcome: InvokeOutcome & { ok: false }) {
    super('AwsError', `${outcome.error.code}: ${outcome.error.message}`, {
      details: { awsErrorCode: outcome.error.code },
    });
  }
}

export interface RunCallArgs {
  readonly base: Omit<InvokeArgs, 'op' | 'input'>;
  readonly op: OperationView;
  readonly input: JsonObject;
  readonly options: ExecuteOptions;
  /** Told of each request sent (its record may be written later: see `recorded`). */
  readonly onRequest: (r: RequestRecord) => void;
  /**
   * Resolves once every request reported so far is recorded, and rejects if that failed: awaited
   * before each request after the first, so the call goes no further than its record.
   */
  readonly recorded: () => Promise<void>;
  readonly onProgress: (attempt: number, elapsedMs: number, state: string) => void;
}

function hasDryRunMember(args: RunCallArgs): boolean {
  const inputId = args.base.model.inputOf(args.op);
  return !!inputId && args.base.model.members(inputId).some((m) => m.name === 'DryRun');
}

type CallOp = (
  op: OperationView,
  input: JsonObject,
  kind: RequestRecord['kind'],
) => Promise<{ output: JsonObject }>;

export async function runCall(args: RunCallArgs): Promise<RunResult> {
  const { base, options } = args;
  let requests = 0;
  let last: InvokeOutcome | undefined;
  const callOp: CallOp = async (op, input, kind) => {
    if (requests > 0) await args.recorded();
    const outcome = await invokeOperation({
      ...base,
      op,
      input,
      onSideRequest: (side) => args.onRequest({ kind: 'endpoint-discovery', ...side }),
    });
    requests++;
    last = outcome;
    args.onRequest({ kind, operation: op.name, outcome });
    if (!outcome.ok) throw new AwsCallFailed(outcome);
    return { output: outcome.output as JsonObject };
  };
  if (options.dryRun) return dryRun(args, callOp, () => requests);

  const waiterOnThisOp =
    options.waitFor && listWaiters(base.model, args.op).some((w) => sameName(w.name, options.waitFor));
  const read = waiterOnThisOp ? { output: {} } : await readOutput(args, callOp, () => requests);
  const wait = options.waitFor ? await runWaiter(args, options.waitFor, callOp) : undefined;
  const output = wait?.lastOutput && waiterOnThisOp ? wait.lastOutput : read.output;
  return {
    ...read,
    output,
    last: last as InvokeOutcome,
    requests,
    ...(wait ? { wait: waitSummary(wait) } : {}),
  };
}

/** The call itself, or all its pages: the output, with the token to continue from. */
async function readOutput(
  args: RunCallArgs,
  callOp: CallOp,
  requests: () => number,
): Promise<Pick<RunResult, 'output' | 'pages' | 'nextToken'>> {
  const { base, options } = args;
  if (options.paginate && paginationOf(base.model, args.op)) {
    const r = await paginate({
      model: base.model,
      op: args.op,
      input: args.input,
      call: (input) => callOp(args.op, input, 'page'),
      maxPages: options.maxPages,
      maxItems: options.maxItems,
      signal: base.signal,
    });
    if (r.pageError !== undefined && requests() <= 1) throw r.pageError;
    return { output: r.output, pages: r.pages, ...tokenOf(r.nextToken) };
  }
  const { output } = await callOp(args.op, args.input, 'call');
  return { output, ...tokenOf(nextTokenOf(base.model, args.op, output)) };
}

function tokenOf(nextToken: unknown): { nextToken?: unknown } {
  return nextToken !== undefined && nextToken !== null ? { nextToken } : {};
}

function waitSummary(wait: WaitOutcome): NonNullable<RunResult['wait']> {
  return {
    state: wait.state,
    waiter: wait.waiter,
    attempts: wait.attempts,
    elapsedMs: wait.elapsedMs,
    ...(wait.message ? { message: wait.message } : {}),
  };
}

/** The call with DryRun: true; AWS answering DryRunOperation is the success. */
async function dryRun(args: RunCallArgs, callOp: CallOp, requests: () => number): Promise<RunResult> {
  if (!hasDryRunMember(args)) {
    throw new ToolError(
      'InvalidInput',
      `${args.op.name} has no DryRun member, so options.dryRun cannot apply.`,
      {
        hint: 'Remove options.dryRun, or use action "validate" to check the payload and policy without calling AWS.',
      },
    );
  }
  try {
    await callOp(args.op, { ...args.input, DryRun: true }, 'dry-run');
  } catch (e) {
    if (e instanceof AwsCallFailed && e.outcome.error.code === 'DryRunOperation') {
      const message = e.outcome.error.message;
      return { output: {}, last: e.outcome, requests: requests(), dryRun: { wouldSucceed: true, message } };
    }
    throw e;
  }
  throw new Error('a DryRun call returned success instead of DryRunOperation');
}

function sameName(a: string, b: string | undefined): boolean {
  return b !== undefined && a.toLowerCase() === b.toLowerCase();
}

/** Polls the waiter, on the operation that defines it, with the payload members that operation takes. */
async function runWaiter(args: RunCallArgs, name: string, callOp: CallOp): Promise<WaitOutcome> {
  const { model } = args.base;
  const found = findServiceWaiter(model, name);
  if (!found) {
    const names = model.operations().flatMap((op) => listWaiters(model, op).map((w) => w.name));
    throw new ToolError(
      'InvalidInput',
      `${model.localName(model.serviceShapeId)} has no waiter named "${name}".`,
      {
        hint: names.length ? `Valid waiters: ${names.join(', ')}.` : 'This service defines no waiters.',
        details: { waiters: names },
      },
    );
  }
  const inputId = model.inputOf(found.op);
  const accepted = new Set(inputId ? model.members(inputId).map((m) => m.name) : []);
  const input = Object.fromEntries(Object.entries(args.input).filter(([k]) => accepted.has(k)));
  const outcome = await waitFor({
    model,
    op: found.op,
    waiterName: found.waiter.name,
    input,
    call: (i) => callOp(found.op, i, 'waiter-poll'),
    maxWaitSeconds: args.options.maxWaitSeconds,
    signal: args.base.signal,
    onProgress: args.onProgress,
  });
  if (outcome.state === 'timeout') {
    // Running out of time is not an answer: the resource never reached the state asked for.
    throw new ToolError(
      'WaiterTimeout',
      `${found.waiter.name} did not reach success within ${Math.round(outcome.elapsedMs / 1000)} s (${outcome.attempts} poll(s) of ${found.op.name}).`,
      {
        hint: 'Invoke again with a larger options.maxWaitSeconds (up to 600), or check the resource state.',
        details: {
          wait: {
            state: 'timeout',
            waiter: found.waiter.name,
            attempts: outcome.attempts,
            elapsedMs: outcome.elapsedMs,
            lastState: lastObservedState(found.waiter, outcome),
          },
        },
      },
    );
  }
  return outcome;
}
