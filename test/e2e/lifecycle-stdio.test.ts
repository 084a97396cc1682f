// Stopping over stdio: when the host closes stdin, or sends SIGTERM, while a call runs, the call
// finishes and its answer is written before the server exits 0 (before, the SDK dropped it).
// Raw JSON-RPC lines, since closing stdin is exactly what a client library does not let a test
// separate from reading the answer.

import { execFile, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHeldAws, type HeldAws } from '../helpers/held-aws.js';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

let aws: HeldAws | undefined;
beforeAll(() => requireBuild());
afterEach(async () => {
  await aws?.close();
  aws = undefined;
});

const line = (m: object): string => `${JSON.stringify(m)}\n`;

describe.each(['stdin end', 'SIGTERM'] as const)('stdio, %s with a call running', (how) => {
  it('answers the call, records it, and exits 0', async () => {
    aws = await startHeldAws();
    const env = serverEnv({ AWS_ENDPOINT_URL: aws.url, LOG_LEVEL: 'info' });
    const child = spawn(process.execPath, [BIN], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let stderr = '';
    const noticed = new Promise<void>((resolve) =>
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
        if (/"msg":"(input ended|shutting down)"/.test(stderr)) resolve();
      }),
    );
    const answers: any[] = [];
    const answered = new Promise<any>((resolve) =>
      createInterface({ input: child.stdout }).on('line', (l) => {
        const m = JSON.parse(l);
        answers.push(m);
        if (m.id === 2) resolve(m);
      }),
    );
    child.stdin.write(
      line({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: {
          protocolVersion: '2025-06-18',
          capabilities: {},
          clientInfo: { name: 'raw', version: '1' },
        },
      }) +
        line({ jsonrpc: '2.0', method: 'notifications/initialized' }) +
        line({
          jsonrpc: '2.0',
          id: 2,
          method: 'tools/call',
          params: {
            name: 'aws_execute',
            arguments: { action: 'invoke', service: 'sts', operation: 'GetCallerIdentity', payload: {} },
          },
        }),
    );
    await aws.arrived(1);
    if (how === 'stdin end') child.stdin.end();
    else child.kill('SIGTERM');
    await noticed; // the server knows it is stopping while the call still waits on AWS
    aws.release();
    const answer = await answered;
    expect(answer.result.isError).not.toBe(true);
    expect(answer.result.structuredContent.result.Account).toBe('123456789012');
    expect(await exited).toBe(0);
    const txId = answer.result.structuredContent.metadata.tx_id;
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'audit', '--json', '--tx', txId], {
      env,
    });
    expect(JSON.parse(stdout)).toMatchObject({ status: 'succeeded', txId });
  });
});
