// Real AWS-wire peers on 127.0.0.1 for end-to-end tests, started from code on port 0 and stopped
// by the test that started them, plus a session on the built server (`node dist/bin.js`) over
// stdio with a write-enabling policy, and a reader of its audit trail through the CLI.

import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { BIN, serverEnv } from './server-env.js';
import { REPO_ROOT } from './paths.js';

export interface Emulator {
  /** Base URL to put in AWS_ENDPOINT_URL_<SERVICE>. */
  readonly endpoint: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

/** The emulators ship no types: the little of their surface we use. */
interface ListeningServer {
  listen(port: number, host: string, cb: (err?: Error) => void): void;
  close(cb: (err?: Error) => void): void;
  address(): AddressInfo | string | null;
}

function listen(server: ListeningServer, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.listen(0, host, (err?: Error) =>
      err ? reject(err) : resolve((server.address() as AddressInfo).port),
    );
  });
}

function close(server: ListeningServer): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Closes an http.Server even when clients keep sockets alive. */
function closeHttp(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return close(server as unknown as ListeningServer);
}

/** dynalite (DynamoDB, awsJson1_0), in memory; tables become ACTIVE/gone at once so waiters end fast. */
export async function startDynalite(): Promise<Emulator> {
  const dynalite = require('dynalite') as (o: object) => ListeningServer;
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const port = await listen(server);
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => close(server) };
}

/** kinesalite (Kinesis, awsJson1_1), in memory, streams ACTIVE at once. */
export async function startKinesalite(): Promise<Emulator> {
  const kinesalite = require('kinesalite') as (o: object) => ListeningServer;
  const server = kinesalite({ createStreamMs: 0, deleteStreamMs: 0, updateStreamMs: 0, shardLimit: 50 });
  const port = await listen(server);
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => close(server) };
}

/**
 * s3rver (S3, restXml) on a fresh directory, removed on stop. Sign with access key S3RVER, or one
 * of `accessKeyIds` (keys an STS stand-in hands out: s3rver checks the key id, not SigV4). It runs
 * in a child process with OpenSSL's legacy provider: its ListObjectsV2 continuation tokens use DES,
 * which Node 20's OpenSSL 3 refuses otherwise (a truncated listing would be an InternalError).
 */
export async function startS3rver(accessKeyIds: readonly string[] = []): Promise<Emulator> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 's3rver-'));
  const account = path.join(path.dirname(require.resolve('s3rver')), 'models', 'account.js');
  const code = `
    const S3rver = require(${JSON.stringify(require.resolve('s3rver'))});
    for (const id of ${JSON.stringify(accessKeyIds)}) require(${JSON.stringify(account)}).DUMMY_ACCOUNT.createKeyPair(id, id);
    new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: process.argv[1] })
      .run().then((a) => console.log('PORT ' + a.port), (e) => { console.error(e); process.exit(1); });
    // Never outlive the test process: its end of stdin closes when it exits, even on a crash.
    process.stdin.on('end', () => process.exit(0)).resume();`;
  const child = spawn(process.execPath, ['--openssl-legacy-provider', '-e', code, directory], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /PORT (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (c) => reject(new Error(`s3rver exited with ${c}`)));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** sqslite (SQS, the query protocol only). Queue URLs are built from the Host header: use localhost. */
export async function startSqslite(): Promise<Emulator> {
  const sqslite = require('sqslite') as (o: object) => {
    listen(o: { port: number; host: string }): Promise<string>;
    close(): Promise<void>;
    server: { address(): AddressInfo };
  };
  const app = sqslite({ logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { endpoint: `http://localhost:${app.server.address().port}`, stop: () => app.close() };
}

/** serverless-offline-sns's SNSServer (SNS, awsQuery) on the express version it was built with. */
export async function startSnsServer(region = 'us-east-1', accountId = '123456789012'): Promise<Emulator> {
  const pkgDir = path.join(REPO_ROOT, 'node_modules', 'serverless-offline-sns');
  const express = createRequire(path.join(pkgDir, 'package.json'))('express') as () => http.RequestListener;
  const { SNSServer } = (await import(pathToFileURL(path.join(pkgDir, 'dist', 'sns-server.js')).href)) as {
    SNSServer: new (debug: (msg: string) => void, app: unknown, region: string, accountId: string) => unknown;
  };
  const app = express();
  new SNSServer(() => {}, app, region, accountId);
  const server = http.createServer(app);
  const port = await listen(server as unknown as ListeningServer);
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => closeHttp(server) };
}

/** Through a variable: the package ships no types, and we declare the little we use below. */
const SERVERLESS_OFFLINE: string = 'serverless-offline';

/** A free port on 127.0.0.1, for peers that cannot report the port they bound (tiny race, fine in tests). */
async function freePort(): Promise<number> {
  const server = http.createServer();
  const port = await listen(server as unknown as ListeningServer);
  await closeHttp(server);
  return port;
}

/**
 * serverless-offline's Lambda endpoint (Invoke, restJson1) without the serverless CLI: the plugin is
 * built with the service description the CLI would have read from serverless.yml. `handlers` is the
 * source of a CommonJS handler.js; each function is deployed as `<service>-dev-<key>`.
 */
export async function startServerlessOffline(
  handlers: string,
  functions: Record<string, { handler: string; timeout?: number }>,
): Promise<Emulator & { functionName(key: string): string }> {
  const serviceDir = mkdtempSync(path.join(os.tmpdir(), 'sls-offline-'));
  writeFileSync(path.join(serviceDir, 'handler.js'), handlers);
  const named = Object.fromEntries(
    Object.entries(functions).map(([k, f]) => [k, { ...f, name: `svc-dev-${k}` }]),
  );
  const serverless = {
    config: { serviceDir, servicePath: serviceDir },
    service: {
      service: 'svc',
      custom: {},
      package: {},
      provider: { name: 'aws', runtime: 'nodejs20.x', region: 'us-east-1', stage: 'dev' },
      getAllFunctions: () => Object.keys(named),
      getFunction: (k: string) => named[k],
      getAllEventsInFunction: () => [],
    },
  };
  const quiet = () => {};
  const log = Object.assign(quiet, {
    debug: quiet,
    error: quiet,
    info: quiet,
    notice: quiet,
    verbose: quiet,
    warning: quiet,
    success: quiet,
  });
  const utils = {
    log,
    progress: { get: () => ({ notice: quiet, remove: quiet }), notice: quiet, remove: quiet },
  };
  const { default: ServerlessOffline } = (await import(SERVERLESS_OFFLINE)) as unknown as {
    default: new (
      sls: object,
      options: object,
      utils: object,
    ) => { start(): Promise<void>; end(skipExit: boolean): Promise<void> };
  };
  const port = await freePort();
  const offline = new ServerlessOffline(
    serverless,
    { lambdaPort: port, host: '127.0.0.1', noSponsor: true },
    utils,
  );
  await offline.start();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    functionName: (key) => `svc-dev-${key}`,
    stop: async () => {
      await offline.end(true);
      rmSync(serviceDir, { recursive: true, force: true });
    },
  };
}

export interface ScriptedServer extends Emulator {
  /** Requests received so far. */
  readonly requests: () => number;
}

/** A tiny local HTTP peer answering every request with `respond` (5xx storms, throttling, garbage). */
export async function startScriptedServer(
  respond: (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer, n: number) => void,
): Promise<ScriptedServer> {
  let n = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => respond(req, res, Buffer.concat(chunks), ++n));
  });
  const port = await listen(server as unknown as ListeningServer);
  return { endpoint: `http://127.0.0.1:${port}`, requests: () => n, stop: () => closeHttp(server) };
}

/** A URL on 127.0.0.1 where nothing listens (a port just released). */
export async function closedEndpoint(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}`;
}

/** A policy that allows every operation (mode standard, no rules) plus `extraYaml`, in a fresh directory. */
export function writeStandardPolicy(extraYaml = ''): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aws-tool-mcp-policy-'));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'policy.yaml');
  writeFileSync(file, `version: 1\nmode: standard\n${extraYaml}`);
  return file;
}

export type Structured = Record<string, any>;

export interface ToolOutcome {
  readonly isError: boolean;
  readonly data: Structured;
}

/** One built server process over stdio, writes allowed, destructive calls auto-approved. */
export interface McpSession {
  readonly env: Readonly<Record<string, string>>;
  /** aws_execute action invoke. */
  invoke(
    service: string,
    operation: string,
    payload: Record<string, unknown>,
    options?: Record<string, unknown>,
    region?: string,
  ): Promise<ToolOutcome>;
  /** The audit trail as `aws-tool-mcp audit --json` prints it, from the same AUDIT_DB_PATH. */
  audit(...args: string[]): Promise<Structured[]>;
  close(): Promise<void>;
}

export async function startMcpSession(
  env: Record<string, string>,
  policyExtraYaml = '',
): Promise<McpSession> {
  const fullEnv = serverEnv({
    POLICY_PATH: writeStandardPolicy(policyExtraYaml),
    AWS_MCP_AUTO_APPROVE_DESTRUCTIVE: 'true',
    ...env,
  });
  const client = new Client({ name: 'emulator-e2e', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({ command: process.execPath, args: [BIN], env: fullEnv, stderr: 'pipe' }),
  );
  return {
    env: fullEnv,
    async invoke(service, operation, payload, options, region) {
      const result = await client.callTool({
        name: 'aws_execute',
        arguments: {
          action: 'invoke',
          service,
          operation,
          payload,
          ...(options ? { options } : {}),
          ...(region ? { region } : {}),
        },
      });
      return { isError: result.isError === true, data: result.structuredContent as Structured };
    },
    audit: (...args) =>
      new Promise((resolve, reject) => {
        execFile(
          process.execPath,
          [BIN, 'audit', '--json', ...args],
          { env: fullEnv },
          (err, stdout, stderr) => {
            if (err) return reject(new Error(`audit failed: ${stderr || err.message}`));
            resolve(
              stdout
                .split('\n')
                .filter((l) => l.trim())
                .map((l) => JSON.parse(l) as Structured),
            );
          },
        );
      }),
    close: () => client.close(),
  };
}
