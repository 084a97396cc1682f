// Search as a host sees it over stdio: a question gets a read first, a concept query lists its
// candidate services (validated by the client against the tool's output schema), and the index
// cache file is written beside the catalog cache, so the next server loads instead of building.

import { readdirSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, requireBuild, serverEnv, TEST_CATALOG_DIR } from '../helpers/server-env.js';

type Structured = Record<string, any>;

let client: Client;
beforeAll(async () => {
  requireBuild();
  client = new Client({ name: 'e2e-search', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({ command: process.execPath, args: [BIN], env: serverEnv({}), stderr: 'pipe' }),
  );
});
afterAll(async () => {
  await client?.close();
});

async function search(args: Record<string, unknown>): Promise<Structured> {
  const result = await client.callTool({ name: 'aws_search_operations', arguments: args });
  expect(result.isError).not.toBe(true);
  return result.structuredContent as Structured;
}

describe('aws_search_operations over stdio', () => {
  it('answers a question about history with a read, not the change it mentions', async () => {
    const r = await search({ query: 'who terminated instance i-0c2f8e1a9b7d65432 last night' });
    expect(r.results[0]).toMatchObject({ service: 'cloudtrail', operation: 'LookupEvents', risk: 'read' });
  });

  // (the test policy is read-only, so only reads are shown)
  it('maps a CLI command by its arguments', async () => {
    const r = await search({ query: 'aws s3 cp s3://reports/2024/report.pdf ./report.pdf' });
    expect(r.results[0]).toMatchObject({ service: 's3', operation: 'GetObject' });
  });

  it('lists candidate services for a concept query', async () => {
    const r = await search({ query: 'how much does an m5.large cost per hour' });
    expect(r.serviceCandidates.map((c: { service: string }) => c.service)).toContain('pricing');
  });

  it('leaves the index cache beside the catalog cache', () => {
    expect(readdirSync(TEST_CATALOG_DIR).some((n) => /^search-.+-v\d+\.bin$/.test(n))).toBe(true);
  });
});

describe('the index is loaded ahead of the first search', () => {
  it('loads it once, in the background after the models open, and the first search uses it', async () => {
    const ahead = new Client({ name: 'e2e-search-ahead', version: '1.0.0' });
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [BIN],
      env: serverEnv({ LOG_LEVEL: 'debug' }),
      stderr: 'pipe',
    });
    let log = '';
    transport.stderr?.on('data', (chunk: Buffer) => void (log += chunk.toString()));
    await ahead.connect(transport);
    try {
      await ahead.listTools();
      // no search has been asked for: the server loads the index by itself once the models open
      await expect.poll(() => /index loaded from its cache file/.test(log), { timeout: 20_000 }).toBe(true);
      const r = await ahead.callTool({
        name: 'aws_search_operations',
        arguments: { query: 'list my s3 buckets' },
      });
      expect((r.structuredContent as Structured).results[0]).toMatchObject({ operation: 'ListBuckets' });
      const loads = log.split('\n').filter((l) => /search: index (loaded|built)/.test(l));
      expect(loads).toHaveLength(1);
      expect(loads[0]).toMatch(/"background":true/);
    } finally {
      await ahead.close();
    }
  });
});
