// Who we are on the wire, end to end: the built server, driven by the 2.x SDK client in both
// protocol eras and by the 1.x client, calls a capture listener standing in for AWS. Each request
// names this program, the MCP client that asked, the call's tx_id and AWS_SDK_UA_APP_ID, and the
// audit record keeps the same User-Agent string: the way to find the call in CloudTrail.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport as V1StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer } from '../helpers/capture.js';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

const IDENTITY_XML =
  '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>' +
  '<Arn>arn:aws:iam::123456789012:user/x</Arn><UserId>AIDA</UserId><Account>123456789012</Account>' +
  '</GetCallerIdentityResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>';

let aws: CaptureServer;
let env: Record<string, string>;

beforeAll(async () => {
  requireBuild();
  aws = await startCaptureServer(() => ({
    status: 200,
    headers: { 'content-type': 'text/xml' },
    body: IDENTITY_XML,
  }));
  env = serverEnv({ AWS_ENDPOINT_URL: aws.url, AWS_SDK_UA_APP_ID: 'my-app' });
});
afterAll(async () => {
  await aws?.close();
});

const INVOKE = {
  name: 'aws_execute',
  arguments: { action: 'invoke', service: 'sts', operation: 'GetCallerIdentity', payload: {} },
};

type Caller = () => Promise<{ txId: string; close: () => Promise<void> }>;

const transport = () => ({ command: process.execPath, args: [BIN], env, stderr: 'pipe' as const });

const v2 =
  (era: 'legacy' | 'modern'): Caller =>
  async () => {
    const client = new Client(
      { name: `e2e-${era}`, version: '2.0.0' },
      era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {},
    );
    await client.connect(new StdioClientTransport(transport()));
    const r = await client.callTool(INVOKE);
    return { txId: (r.structuredContent as any).metadata.tx_id, close: () => client.close() };
  };

const v1: Caller = async () => {
  const client = new V1Client({ name: 'e2e-v1', version: '1.0.0' });
  await client.connect(new V1StdioClientTransport(transport()));
  const r = await client.callTool(INVOKE);
  return { txId: (r.structuredContent as any).metadata.tx_id, close: () => client.close() };
};

async function auditEntry(txId: string): Promise<any> {
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'audit', '--json', '--tx', txId], {
    env,
  });
  return JSON.parse(stdout.trim().split('\n')[0]!);
}

describe.each([
  ['2.x client, 2025-11-25 era', v2('legacy'), 'e2e-legacy_2.0.0'],
  ['2.x client, 2026-07-28 era', v2('modern'), 'e2e-modern_2.0.0'],
  ['1.x client', v1, 'e2e-v1_1.0.0'],
] as const)('user agent, %s', (_label, connect, clientToken) => {
  it('names us, the client, the transaction and the app, and the audit record keeps it', async () => {
    aws.take();
    const { txId, close } = await connect();
    try {
      const [request] = aws.take();
      const tokens = request!.headers['user-agent']!.split(' ');
      expect(tokens[0]).toMatch(/^aws-tool-mcp\/\d+\.\d+\.\d+/);
      expect(tokens.slice(1, 3)).toEqual(['ua/2.1', expect.stringMatching(/^os\//)]);
      expect(tokens).toContain('lang/js');
      expect(tokens).toContain(`md/nodejs#${process.versions.node}`);
      expect(tokens.find((t) => t.startsWith('api/'))).toMatch(/^api\/sts#\d{4}-\d{2}-\d{2}$/);
      expect(tokens).toContain(`md/mcp-client#${clientToken}`);
      expect(tokens).toContain(`md/tx_id#${txId}`);
      expect(tokens.at(-1)).toBe('app/my-app');
      expect(request!.headers['x-amz-user-agent']).toBe(tokens[0]);
      const entry = await auditEntry(txId);
      expect(entry.userAgent).toBe(request!.headers['user-agent']);
    } finally {
      await close();
    }
  });
});
