// A real, throwaway PostgreSQL server for tests: Debian's server binaries (package `postgresql`,
// installed by .ci/run when missing), a fresh data directory in a temp folder, listening on
// 127.0.0.1 on a free port, removed at the end. initdb and postgres refuse to run as root, so as
// root they run as the `postgres` user through runuser. Nothing is skipped: when the server
// cannot start, the test fails with the reason.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  readonly url: string;
  readonly port: number;
  /** The server's data directory (tables and WAL on disk), for tests that read what is at rest. */
  readonly dataDir: string;
  /** A new empty database on this server, and its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (fast shutdown: connections are cut), keeping its data. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and removes the data directory. */
  destroy(): Promise<void>;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions
    .map((v) => path.join(root, v, 'bin'))
    .find((d) => existsSync(path.join(d, 'initdb')));
  if (!found) {
    throw new Error(
      'PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: run .ci/run, or `apt-get install -y --no-install-recommends postgresql`.',
    );
  }
  return found;
}

const asRoot = process.getuid?.() === 0;

/** The command line that runs `bin` as an unprivileged user. */
function command(bin: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function untilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null)
      throw new Error(`PostgreSQL exited at start (code ${child.exitCode}):\n${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`PostgreSQL did not accept connections within 30 s:\n${log()}`);
}

export interface StartOptions {
  /** Serve TLS too, with this certificate and key (files readable by the server's user). */
  readonly tls?: { readonly cert: string; readonly key: string };
  /**
   * Keep PostgreSQL's durable defaults (fsync, synchronous_commit, full_page_writes on), as a
   * deployment runs it: for benchmarks. Tests turn them off, which only speeds up commits.
   */
  readonly durable?: boolean;
}

export async function startPostgres(opts: StartOptions = {}): Promise<TestPostgres> {
  const bin = binDir();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aws-mcp-pg-'));
  chmodSync(dir, 0o700);
  if (asRoot) chownSync(dir, ...postgresIds());
  const data = path.join(dir, 'data');
  const tlsArgs = opts.tls
    ? ['-c', 'ssl=on', '-c', `ssl_cert_file=${opts.tls.cert}`, '-c', `ssl_key_file=${opts.tls.key}`]
    : [];
  const [initCmd, initArgs] = command(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed (${init.status}): ${init.stderr || init.error?.message}`);
  }
  const port = await freePort();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let child: ChildProcess | undefined;
  let output = '';

  const start = async (): Promise<void> => {
    output = '';
    const [cmd, args] = command(path.join(bin, 'postgres'), [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'listen_addresses=127.0.0.1',
      ...(opts.durable
        ? []
        : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
      '-c',
      'max_connections=200',
      ...tlsArgs,
    ]);
    const started = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    started.stdout!.on('data', (b: Buffer) => (output += b.toString()));
    started.stderr!.on('data', (b: Buffer) => (output += b.toString()));
    child = started;
    await untilReady(url, started, () => output);
  };

  const stop = async (): Promise<void> => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    // SIGINT is PostgreSQL's fast shutdown (runuser does not pass it on): sent to the postmaster.
    process.kill(postmasterPid(data) ?? running.pid!, 'SIGINT');
    await exited;
  };

  try {
    await start();
  } catch (e) {
    await stop();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    url,
    port,
    dataDir: data,
    start,
    stop,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The server's pid, first line of postmaster.pid. */
function postmasterPid(data: string): number | undefined {
  try {
    return Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
}

/** A self-signed certificate for 127.0.0.1 (its own CA), in `dir`, owned by the server's user. */
export function selfSignedCertificate(dir: string, name: string): { cert: string; key: string } {
  const cert = path.join(dir, `${name}.crt`);
  const key = path.join(dir, `${name}.key`);
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr || made.error?.message}`);
  chmodSync(key, 0o600);
  if (asRoot) {
    chownSync(key, ...postgresIds());
    chownSync(cert, ...postgresIds());
  }
  return { cert, key };
}

function postgresIds(): [number, number] {
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0)
    throw new Error('Running as root needs a `postgres` user (the Debian package creates it).');
  return [Number(id.stdout.trim()), Number(gid.stdout.trim())];
}
