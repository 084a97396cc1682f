// A client that starts a server on a first start retries as the server tells it: a call answered
// ModelsSyncing (the models are still cloning) is repeated until it gets a real answer.

import { expect } from 'vitest';

interface ToolCaller {
  callTool(
    params: { name: string; arguments: Record<string, unknown> },
    options?: { timeout?: number },
  ): Promise<{ isError?: boolean; structuredContent?: unknown }>;
}

const syncing = (r: { isError?: boolean; structuredContent?: unknown }): boolean =>
  r.isError === true &&
  (r.structuredContent as { error?: { code?: string } }).error?.code === 'ModelsSyncing';

export async function callUntilSynced(
  client: ToolCaller,
  name: string,
  args: Record<string, unknown>,
  first?: Promise<{ isError?: boolean; structuredContent?: unknown }>,
): Promise<{ isError?: boolean; structuredContent?: unknown }> {
  let result = await (first ?? client.callTool({ name, arguments: args }, { timeout: 300_000 }));
  while (syncing(result)) {
    const { retryAfterSeconds } = (result.structuredContent as any).error.details;
    expect(retryAfterSeconds).toBeGreaterThan(0);
    result = await client.callTool({ name, arguments: args }, { timeout: 300_000 });
  }
  return result;
}
