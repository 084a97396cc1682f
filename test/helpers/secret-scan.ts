// Shared by the secret tests: a real MCP client of each kind over stdio with the server's stderr
// kept, the audit database's files, and where a secret's bytes appear.

import { existsSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport as V1StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { BIN } from './server-env.js';

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
