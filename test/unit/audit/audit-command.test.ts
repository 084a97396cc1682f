// `aws-tool-mcp audit`: human lines, JSONL export, --since and --tx filters.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { AuditStore } from '../../../src/audit/audit-store.js';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { auditCommand, parseSince } from '../../../src/cli/audit-command.js';

let dir: string;
let file: string;
const T0 = Date.parse('2026-03-01T12:00:00Z');
let ids: string[];

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'audit-cli-'));
  file = path.join(dir, 'audit.db');
  const db = openAuditDatabase(file);
  let clock = T0;
  const store = new AuditStore(db, { now: () => clock });
  ids = ['ListBuckets', 'DeleteBucket'].map((operation, i) => {
    clock = T0 + i * 3_600_000;
    const tx = store.begin({ service: 's3', operation, region: 'us-east-1', decision: { effect: 'allow' } });
    store.op(tx, { kind: 'call', httpStatus: 200, awsRequestId: `req-${i}` });
    store.complete(tx, { status: 'succeeded', awsRequestId: `req-${i}` });
    return tx;
  });
  db.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const lines: string[] = [];
  const code = await auditCommand(args, {
    auditDbPath: file,
    out: (l) => lines.push(l),
    now: () => T0 + 2 * 3_600_000,
  });
  return { code, lines };
}

it('prints one line per call', async () => {
  const r = await run([]);
  expect(r.code).toBe(0);
  expect(r.lines).toHaveLength(2);
  expect(r.lines[0]).toMatch(/s3:ListBuckets us-east-1 succeeded decision=allow requestId=req-0 ops=1/);
});

it('--json is JSONL with the ops nested', async () => {
  const r = await run(['--json']);
  const parsed = r.lines.map((l) => JSON.parse(l) as { txId: string; ops: unknown[] });
  expect(parsed.map((p) => p.txId)).toEqual(ids);
  expect(parsed[1]!.ops).toHaveLength(1);
});

it('--since (relative or ISO) and --tx filter', async () => {
  expect((await run(['--since', '90m'])).lines).toHaveLength(1);
  expect((await run(['--since', '2026-03-01T00:00:00Z'])).lines).toHaveLength(2);
  expect(
    (await run(['--tx', ids[0]!, '--json'])).lines.map((l) => (JSON.parse(l) as { txId: string }).txId),
  ).toEqual([ids[0]]);
  expect((await run(['--since', 'yesterday-ish'])).code).toBe(2);
});

it('parseSince', () => {
  expect(parseSince('15m', 1_000_000)?.getTime()).toBe(100_000);
  expect(parseSince('nope', 0)).toBeUndefined();
});

it('a missing database is reported, not created', async () => {
  const lines: string[] = [];
  const code = await auditCommand([], { auditDbPath: path.join(dir, 'none.db'), out: (l) => lines.push(l) });
  expect(code).toBe(1);
});

it('--service and --status filter; --format jsonl and --jsonl are --json', async () => {
  expect((await run(['--service', 's3'])).lines).toHaveLength(2);
  expect((await run(['--service', 'sqs'])).lines).toEqual(['No audit records match.']);
  expect((await run(['--status', 'failed'])).lines).toEqual(['No audit records match.']);
  expect((await run(['--status', 'succeeded', '--limit', '1'])).lines[0]).toMatch(/DeleteBucket/);
  for (const flag of [['--jsonl'], ['--format', 'jsonl']]) {
    const txIds = (await run(flag)).lines.map((l) => (JSON.parse(l) as { txId: string }).txId);
    expect(txIds).toEqual(ids);
  }
  expect((await run(['--status', 'done'])).code).toBe(2);
  expect((await run(['--format', 'xml'])).code).toBe(2);
});

it('--jsonl streams to a slow reader, waiting for it to drain rather than buffering', async () => {
  const db = openAuditDatabase(file);
  const store = new AuditStore(db);
  for (let i = 0; i < 300; i++)
    store.complete(store.begin({ service: 'sqs', operation: 'SendMessage' }), { status: 'succeeded' });
  db.close();
  let buffered = 0;
  let maxBuffered = 0;
  const received: string[] = [];
  const slow = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _enc, done) {
      received.push(chunk.toString());
      setImmediate(done);
    },
  });
  const write = slow.write.bind(slow);
  slow.write = ((chunk: string) => {
    const ok = write(chunk);
    buffered = slow.writableLength;
    maxBuffered = Math.max(maxBuffered, buffered);
    return ok;
  }) as typeof slow.write;
  const code = await auditCommand(['--jsonl', '--service', 'sqs'], {
    auditDbPath: file,
    out: () => expect.unreachable('JSON lines go to the stream'),
    stream: slow,
  });
  await new Promise((r) => slow.end(r));
  expect(code).toBe(0);
  expect(received.join('').trim().split('\n')).toHaveLength(300);
  // Never much more than one line past the high-water mark was waiting in memory.
  expect(maxBuffered).toBeLessThan(1024 + 2048);
});

it('--principal shows one person’s calls', async () => {
  const db = openAuditDatabase(file);
  const store = new AuditStore(db, { now: () => T0 + 30 * 60_000 });
  const mine = store.begin({ service: 'sqs', operation: 'SendMessage', principal: 'oidc:alice' });
  store.begin({ service: 'sqs', operation: 'SendMessage', principal: 'oidc:bob' });
  db.close();
  const r = await run(['--jsonl', '--principal', 'oidc:alice']);
  expect(r.lines.map((l) => (JSON.parse(l) as { txId: string }).txId)).toEqual([mine]);
  expect((await run(['--principal', 'oidc:carol'])).lines).toEqual(['No audit records match.']);
});
