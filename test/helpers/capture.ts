// Request capture: a local HTTP listener records what a client sends, so our executor and an
// official @aws-sdk/client-* (run in a child process, see capture-official-child.mjs) can be
// compared on the same input, endpoint, credentials and clock. Cases are plain data.

import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export interface CapturedRequest {
  readonly method: string;
  /** Path and query exactly as sent (still percent-encoded). */
  readonly url: string;
  /** Lower-cased names; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

export interface CannedResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

export interface CaptureServer {
  readonly url: string;
  readonly requests: CapturedRequest[];
  /** Requests received since the last call, then forgets them. */
  take(): CapturedRequest[];
  close(): Promise<void>;
}

export async function startCaptureServer(
  respond: (req: CapturedRequest) => CannedResponse = () => ({ status: 200 }),
): Promise<CaptureServer> {
  const requests: CapturedRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) {
        if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      }
      const captured: CapturedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers,
        body: Buffer.concat(chunks),
      };
      requests.push(captured);
      const canned = respond(captured);
      res.writeHead(canned.status, {
        'content-length': Buffer.byteLength(canned.body ?? ''),
        ...canned.headers,
      });
      res.end(canned.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    take: () => requests.splice(0, requests.length),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface OfficialCall {
  /** Package name, e.g. `@aws-sdk/client-sts`. */
  readonly pkg: string;
  readonly client: string;
  readonly command: string;
  /** JSON input; `{ $date }` and `{ $bytes }` become Date and Uint8Array in the child. */
  readonly input: unknown;
  readonly region: string;
  readonly endpoint: string;
  readonly credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** The child's clock (signing time), ISO-8601. */
  readonly fixedTime: string;
  /** Extra client config (forcePathStyle...). */
  readonly config?: Readonly<Record<string, unknown>>;
  /** Force an HTTP/1.1 handler on clients that default to HTTP/2 (Kinesis). */
  readonly http1?: boolean;
  /** A protocol class name from @aws-sdk/core/protocols to use instead of the client's default. */
  readonly officialProtocol?: string;
}

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'capture-official-child.mjs');
const run = promisify(execFile);

/** What the official client made of the response, in our JSON conventions. */
export type OfficialResult =
  | { readonly ok: true; readonly output: Record<string, unknown> }
  | { readonly ok: false; readonly error: { readonly name?: string; readonly message?: string } };

/** Runs the official client once in a child process; its request lands on `call.endpoint`. */
export async function runOfficialClient(call: OfficialCall): Promise<OfficialResult> {
  const { stdout } = await run(process.execPath, [CHILD, JSON.stringify(call)], {
    cwd: path.resolve(path.dirname(CHILD), '..', '..'),
    timeout: 30_000,
    env: {
      ...process.env,
      AWS_SDK_LOAD_CONFIG: '',
      AWS_PROFILE: '',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    },
  });
  return JSON.parse(stdout) as OfficialResult;
}

/** Headers that differ by client identity or by attempt, never by protocol. */
export const VOLATILE_HEADERS: ReadonlySet<string> = new Set([
  'user-agent',
  'x-amz-user-agent',
  'amz-sdk-invocation-id',
  'amz-sdk-request',
  'connection',
  'keep-alive',
]);

export interface RequestDifference {
  readonly part: string;
  readonly ours: unknown;
  readonly official: unknown;
}

function queryMultiset(url: string): string[] {
  const q = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  return q === '' ? [] : q.split('&').sort();
}

/**
 * The official clients sign their identity headers too, so signatures differ by construction:
 * compare the algorithm, credential scope and signed header list (identity headers removed).
 * Signature values themselves are checked against the official signer in the signing tests.
 */
export function comparableAuthorization(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value
    .replace(/SignedHeaders=([^,\s]+)/, (_, list: string) => {
      const kept = list.split(';').filter((h) => !VOLATILE_HEADERS.has(h));
      return `SignedHeaders=${kept.join(';')}`;
    })
    .replace(/,?\s*Signature=[0-9a-f]+/, '');
}

/** Every difference between two captured requests, volatile headers aside. */
export function diffRequests(ours: CapturedRequest, official: CapturedRequest): RequestDifference[] {
  const diffs: RequestDifference[] = [];
  if (ours.method !== official.method)
    diffs.push({ part: 'method', ours: ours.method, official: official.method });
  const pathOf = (u: string): string => u.split('?')[0]!;
  if (pathOf(ours.url) !== pathOf(official.url)) {
    diffs.push({ part: 'path', ours: pathOf(ours.url), official: pathOf(official.url) });
  }
  const qa = queryMultiset(ours.url);
  const qb = queryMultiset(official.url);
  if (JSON.stringify(qa) !== JSON.stringify(qb)) diffs.push({ part: 'query', ours: qa, official: qb });
  const names = new Set([...Object.keys(ours.headers), ...Object.keys(official.headers)]);
  for (const name of [...names].sort()) {
    if (VOLATILE_HEADERS.has(name)) continue;
    const norm = name === 'authorization' ? comparableAuthorization : (v: string | undefined) => v;
    if (norm(ours.headers[name]) !== norm(official.headers[name])) {
      diffs.push({ part: `header ${name}`, ours: ours.headers[name], official: official.headers[name] });
    }
  }
  if (!ours.body.equals(official.body)) {
    diffs.push({ part: 'body', ours: ours.body.toString('utf8'), official: official.body.toString('utf8') });
  }
  return diffs;
}
