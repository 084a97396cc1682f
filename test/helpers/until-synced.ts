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

/**
 * The first real answers of a freshly started server: a search finds s3:ListBuckets, and the
 * commit that answered (in the full metadata of an execute call) is the bundle's.
 */
export async function expectAnswersFromCommit(
  client: ToolCaller,
  commit: string,
  first?: Promise<{ isError?: boolean; structuredContent?: unknown }>,
): Promise<void> {
  const result = await callUntilSynced(
    client,
    'aws_search_operations',
    { query: 'list my s3 buckets' },
    first,
  );
  expect(result.isError, JSON.stringify(result.structuredContent)).not.toBe(true);
  const data = result.structuredContent as { results: { service: string; operation: string }[] };
  expect(data.results[0]).toMatchObject({ service: 's3', operation: 'ListBuckets' });
  const check = await client.callTool({
    name: 'aws_execute',
    arguments: { action: 'validate', service: 's3', operation: 'ListBuckets', options: { metadata: 'full' } },
  });
  expect((check.structuredContent as { metadata: { modelCommit: string } }).metadata.modelCommit).toBe(
    commit,
  );
}
