// The gate between serving and the models: calls wait for the whole opened value (never a part),
// report progress while they wait, answer ModelsSyncing with an estimate instead of hanging, and a
// failed open is retried by the next call.

import { localPrincipal } from '../../../src/identity/principal.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ToolError } from '../../../src/errors/tool-error.js';
import { ModelsGate } from '../../../src/tools/models-gate.js';
import type { ToolDefinition } from '../../../src/tools/tool-definition.js';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function callCtx(signal = new AbortController().signal) {
  const progress: string[] = [];
  return {
    progress,
    ctx: {
      principal: localPrincipal(),
      signal,
      progress: async (_p: number, _t: number | undefined, message: string) => void progress.push(message),
      approval: {},
    },
  };
}

const echoTool = (ran: unknown[]): ToolDefinition => ({
  names: { underscore: 'echo', dotted: 'echo' },
  title: 'Echo',
  description: 'echo',
  inputSchema: z.object({}),
  outputSchema: z.object({}),
  annotations: {},
  run: async (input) => (ran.push(input), { ok: true }),
});

describe('ModelsGate', () => {
  it('holds a call until opening has finished, reporting progress meanwhile', async () => {
    const opening = deferred<{ commit: string }>();
    const gate = new ModelsGate({ open: () => opening.promise, expectedMs: 60_000, progressEveryMs: 5 });
    const ran: unknown[] = [];
    const tool = gate.gated(echoTool(ran));
    const { ctx, progress } = callCtx();
    const call = tool.run({}, ctx);
    while (progress.length < 2) await new Promise((r) => setTimeout(r, 5));
    expect(ran).toEqual([]);
    expect(gate.ready).toBeUndefined();
    expect(progress[0]).toMatch(/^Syncing the AWS models: \d+ s so far, about \d+ s left\.$/);
    opening.resolve({ commit: 'abc' });
    await expect(call).resolves.toEqual({ ok: true });
    expect(ran).toEqual([{}]);
    expect(gate.current()).toEqual({ commit: 'abc' });
  });

  it('answers ModelsSyncing with an estimate after the longest wait, having run nothing', async () => {
    let now = 0;
    const gate = new ModelsGate({
      open: () => new Promise<never>(() => undefined),
      expectedMs: 60_000,
      maxWaitMs: 20_000,
      progressEveryMs: 1,
      now: () => (now += 5_000),
    });
    const ran: unknown[] = [];
    const e = await gate
      .gated(echoTool(ran))
      .run({}, callCtx().ctx)
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ToolError);
    expect((e as ToolError).code).toBe('ModelsSyncing');
    const details = (e as ToolError).details as { retryAfterSeconds: number; elapsedSeconds: number };
    expect(details.retryAfterSeconds).toBeGreaterThanOrEqual(5);
    expect(details.retryAfterSeconds).toBeLessThan(60);
    expect((e as ToolError).hint).toBe(`Retry in about ${details.retryAfterSeconds} s.`);
    expect(ran).toEqual([]);
    expect(() => gate.current()).toThrow(/still being synced/);
  });

  it('gives the failure to the waiting call and opens again on the next one', async () => {
    let attempts = 0;
    const gate = new ModelsGate({
      open: async () => {
        attempts++;
        if (attempts === 1) throw new ToolError('ModelUnavailable', 'clone failed');
        return 'tree';
      },
      expectedMs: 1_000,
    });
    await expect(gate.wait(callCtx().ctx)).rejects.toThrow('clone failed');
    await expect(gate.wait(callCtx().ctx)).resolves.toBe('tree');
    await expect(gate.wait(callCtx().ctx)).resolves.toBe('tree');
    expect(attempts).toBe(2);
  });

  it('opens once however many calls wait, and a background start shares it', async () => {
    let attempts = 0;
    const opening = deferred<string>();
    const gate = new ModelsGate({ open: () => (attempts++, opening.promise), expectedMs: 1_000 });
    void gate.start();
    const calls = [gate.wait(callCtx().ctx), gate.wait(callCtx().ctx)];
    opening.resolve('tree');
    expect(await Promise.all(calls)).toEqual(['tree', 'tree']);
    expect(attempts).toBe(1);
  });

  it('stops waiting when the call is cancelled', async () => {
    const abort = new AbortController();
    const gate = new ModelsGate({
      open: () => new Promise<never>(() => undefined),
      expectedMs: 1_000,
      progressEveryMs: 1,
    });
    const call = gate.wait(callCtx(abort.signal).ctx);
    abort.abort();
    await expect(call).rejects.toMatchObject({ code: 'Timeout' });
  });
});
