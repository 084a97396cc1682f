// InFlightCalls: a drain waits for running calls, cancels the ones still running after the grace
// period through their signal, and refuses calls that start afterwards.

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isToolError } from '../../../src/errors/tool-error.js';
import { InFlightCalls } from '../../../src/mcp/in-flight.js';
import type { ToolCallContext, ToolDefinition } from '../../../src/tools/tool-definition.js';

function tool(run: ToolDefinition['run']): ToolDefinition {
  return {
    names: { underscore: 't', dotted: 't' },
    title: 't',
    description: 't',
    inputSchema: z.object({}),
    outputSchema: z.object({}),
    annotations: {},
    run,
  };
}

const ctx = (signal = new AbortController().signal) =>
  ({ signal, progress: async () => undefined, approval: {} }) as unknown as ToolCallContext;

/** A call that ends when released, or records that its signal fired. */
function heldTool() {
  let release: () => void = () => undefined;
  const seen: { aborted?: unknown } = {};
  const t = tool(
    (_input, c) =>
      new Promise((resolve, reject) => {
        release = () => resolve({ ok: true });
        c.signal.addEventListener('abort', () => ((seen.aborted = c.signal.reason), reject(c.signal.reason)));
      }),
  );
  return { t, release: () => release(), seen };
}

describe('InFlightCalls', () => {
  it('waits for a running call that finishes within the grace period', async () => {
    const calls = new InFlightCalls();
    const { t, release, seen } = heldTool();
    const running = calls.tracked(t).run({}, ctx());
    expect(calls.size).toBe(1);
    const drained = calls.drain(60_000, 60_000);
    release();
    await expect(running).resolves.toEqual({ ok: true });
    await expect(drained).resolves.toEqual({ finished: 1, cancelled: 0 });
    expect(seen.aborted).toBeUndefined();
    expect(calls.size).toBe(0);
  });

  it('cancels what still runs after the grace period, through the call signal', async () => {
    const calls = new InFlightCalls();
    const { t, seen } = heldTool();
    const running = calls.tracked(t).run({}, ctx());
    running.catch(() => undefined);
    await expect(calls.drain(0, 60_000)).resolves.toEqual({ finished: 0, cancelled: 1 });
    await expect(running).rejects.toSatisfy(isToolError);
    expect((seen.aborted as { code?: string }).code).toBe('Cancelled');
  });

  it('still passes on the client cancellation (the call signal) before any drain', async () => {
    const calls = new InFlightCalls();
    const { t, seen } = heldTool();
    const client = new AbortController();
    const running = calls.tracked(t).run({}, ctx(client.signal));
    running.catch(() => undefined);
    client.abort('client');
    await expect(running).rejects.toBe('client');
    expect(seen.aborted).toBe('client');
  });

  it('refuses a call that starts once draining began, running nothing', async () => {
    const calls = new InFlightCalls();
    let ran = false;
    await calls.drain(0, 0);
    const late = calls.tracked(tool(async () => ((ran = true), {}))).run({}, ctx());
    await expect(late).rejects.toMatchObject({ code: 'Cancelled' });
    expect(ran).toBe(false);
  });
});
