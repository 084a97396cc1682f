// Shared by the secret tests: the secret-looking inputs they seed (members the models do not all
// mark sensitive), a real MCP client of each kind over stdio with the server's stderr kept, the
// audit database's files, and where a secret's bytes appear.

import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport as V1StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { BIN } from './server-env.js';

export interface SecretCase {
  readonly service: string;
  readonly operation: string;
  readonly payload: (secret: string) => Record<string, unknown>;
  /** An identifying value that must stay visible to the person approving (sns marks the phone sensitive). */
  readonly visible?: string;
  /** A fresh secret the member's constraints accept. */
  readonly secret?: () => string;
}

export const randomSecret = (): string => `s3cr3t-${randomBytes(12).toString('hex')}`;

export const CASES: readonly SecretCase[] = [
  {
    service: 'mq',
    operation: 'CreateUser',
    payload: (s) => ({ BrokerId: 'b-1', Username: 'u', Password: s }),
    visible: 'b-1',
  },
  {
    service: 'redshift',
    operation: 'CreateHsmConfiguration',
    payload: (s) => ({
      HsmConfigurationIdentifier: 'hsm-cfg-1',
      Description: 'd',
      HsmIpAddress: '10.0.0.1',
      HsmPartitionName: 'p',
      HsmPartitionPassword: s,
      HsmServerPublicCertificate: 'cert',
    }),
    visible: 'hsm-cfg-1',
  },
  {
    service: 'opsworks',
    operation: 'RegisterRdsDbInstance',
    payload: (s) => ({
      StackId: 'stack-1',
      RdsDbInstanceArn: 'arn:aws:rds:us-east-1:123456789012:db:d',
      DbUser: 'admin',
      DbPassword: s,
    }),
    visible: 'stack-1',
  },
  {
    service: 'sns',
    operation: 'VerifySMSSandboxPhoneNumber',
    payload: (s) => ({ PhoneNumber: '+15550100', OneTimePassword: s }),
    // The model allows 1 to 8 digits.
    secret: () => String(10_000_000 + (randomBytes(4).readUInt32BE() % 90_000_000)),
  },
];

/** A protocol-valid empty success: XML for the query protocols, JSON otherwise. */
export function emptySuccess(req: { headers: Readonly<Record<string, string>>; body: Buffer }) {
  if ((req.headers['content-type'] ?? '').includes('x-www-form-urlencoded')) {
    const action = /Action=([A-Za-z]+)/.exec(req.body.toString())?.[1] ?? 'Unknown';
    const body = `<${action}Response><${action}Result/><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></${action}Response>`;
    return { status: 200, headers: { 'content-type': 'text/xml' }, body };
  }
  return { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
}

export type Call = (name: string, args: Record<string, unknown>) => Promise<{ isError: boolean; data: any }>;

export async function connect(kind: 'v2-legacy' | 'v2-modern' | 'v1', env: Record<string, string>) {
  let stderr = '';
  const onStderr = (t: { stderr: { on(e: 'data', f: (c: Buffer) => void): void } | null }) =>
    t.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const params = { command: process.execPath, args: [BIN], env, stderr: 'pipe' as const };
  type CallTool = (p: { name: string; arguments: Record<string, unknown> }) => Promise<any>;
  let client: { callTool: CallTool; close: () => Promise<void> };
  if (kind === 'v1') {
    const v1 = new V1Client({ name: 'secrets-e2e', version: '1.0.0' });
    const transport = new V1StdioClientTransport(params);
    onStderr(transport as any);
    await v1.connect(transport);
    client = v1 as unknown as typeof client;
  } else {
    const v2 = new Client(
      { name: 'secrets-e2e', version: '1.0.0' },
      kind === 'v2-modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {},
    );
    const transport = new StdioClientTransport(params);
    onStderr(transport as any);
    await v2.connect(transport);
    client = v2 as unknown as typeof client;
  }
  const call: Call = async (name, args) => {
    const r = await client.callTool({ name, arguments: args });
    return { isError: r.isError === true, data: { structured: r.structuredContent, content: r.content } };
  };
  const close = () => client.close();
  return { call, close, stderr: () => stderr };
}

export function filesOf(dbPath: string): string[] {
  return [dbPath, `${dbPath}-wal`, `${dbPath}-shm`].filter((f) => existsSync(f));
}

/** Where the secret's bytes appear (utf-8 or utf-16), by label. */
export function leaks(secret: string, places: Record<string, Buffer | string>): string[] {
  return Object.entries(places)
    .filter(([, v]) => {
      const b = typeof v === 'string' ? Buffer.from(v) : v;
      return b.includes(Buffer.from(secret)) || b.includes(Buffer.from(secret, 'utf16le'));
    })
    .map(([k]) => k);
}
