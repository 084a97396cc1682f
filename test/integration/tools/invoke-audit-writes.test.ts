// When the audit rows of an invoke are written, seen from the AWS side (a capture server reading
// the audit database as each request arrives): the record's begin is durable before the first
// request; each request's op row before the call's next request; the last one with the
// completion. A store that fails stops the call: no begin, no request; a failed write between
// pages, no next page.

import type { Database } from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { isToolError, type ToolError } from '../../../src/errors/tool-error.js';
import { invoke } from '../../../src/tools/execute/invoke.js';
import type { ExecuteInput } from '../../../src/tools/execute-input.js';
import type { CannedResponse } from '../../helpers/capture.js';
import { ok, openFixture, toolContext, type Answer, type Fixture } from './pipeline-fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await openFixture();
});
afterAll(() => f.close());
beforeEach(() => {
  f.answer = ok;
  f.requests.length = 0;
});

const HEADERS = { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'ddb-1' };

/** A Scan of `pages` pages (each but the last gives a LastEvaluatedKey), all read. */
const scan: ExecuteInput = {
  action: 'invoke',
  service: 'dynamodb',
  operation: 'Scan',
  payload: { TableName: 't' },
  options: { paginate: true },
};

function scanPages(pages: number, onRequest: (n: number) => void): Answer {
  let n = 0;
  return (target): CannedResponse => {
    if (!target.endsWith('.Scan')) return ok(target, undefined as never);
    onRequest(++n);
    const more = n < pages ? { LastEvaluatedKey: { pk: { S: `k${n}` } } } : {};
    return {
      status: 200,
      headers: HEADERS,
      body: JSON.stringify({ Items: [{ pk: { S: `k${n}` } }], ...more }),
    };
  };
}

/** The newest record as the database holds it now (what a crash would leave). */
const newest = () => f.audit.list({ limit: 1 })[0]!;

/** Another connection holding the database's write lock: the store fails until `release`. */
function holdLock(): { release: () => void } {
  const holder: Database = openAuditDatabase(f.dbFile);
  holder.exec('BEGIN EXCLUSIVE');
  return {
    release: () => {
      holder.exec('COMMIT');
      holder.close();
    },
  };
}

async function refusal(p: Promise<unknown>): Promise<ToolError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!isToolError(e)) throw new Error(`expected a ToolError, got ${String(e)}`);
  return e;
}

it('begin is durable before the first request, each page before the next is sent, the last at the end', async () => {
  const seen: Array<[string, number]> = [];
  f.answer = scanPages(3, () => {
    const r = newest();
    seen.push([r.status, r.ops.length]);
  });
  const r = await invoke(
    f.services(''),
    { ...scan, options: { paginate: true, metadata: 'full' } },
    toolContext(),
  );
  expect(seen).toEqual([
    ['started', 0],
    ['started', 1],
    ['started', 2],
  ]);
  const m = r.metadata as Record<string, unknown>;
  const entry = f.audit.get(m.tx_id as string)!;
  expect(entry.status).toBe('succeeded');
  expect(entry.ops.map((o) => [o.seq, o.kind, o.operation])).toEqual(
    [1, 2, 3].map((seq) => [seq, 'page', 'dynamodb:Scan']),
  );
  expect(m.op_id).toBe(entry.ops[2]!.opId);
});

it('a call of one request: one op row, written with the completion, named in the metadata', async () => {
  f.answer = scanPages(1, () => undefined);
  const r = await invoke(f.services(''), { ...scan, options: { metadata: 'full' } }, toolContext());
  const m = r.metadata as Record<string, unknown>;
  const entry = f.audit.get(m.tx_id as string)!;
  expect(entry).toMatchObject({ status: 'succeeded', httpStatus: 200 });
  expect(entry.ops.map((o) => [o.seq, o.opId])).toEqual([[1, m.op_id]]);
});

it('a call whose begin cannot be written sends nothing', async () => {
  const lock = holdLock();
  try {
    expect((await refusal(invoke(f.services(''), scan, toolContext()))).code).toBe('AuditUnavailable');
  } finally {
    lock.release();
  }
  expect(f.requests).toHaveLength(0);
});

it('a store that fails between pages stops the call: the next page is not sent', async () => {
  let lock: { release: () => void } | undefined;
  f.answer = scanPages(3, (n) => {
    if (n === 1) lock = holdLock(); // page 1 is answered, then its row cannot be written
  });
  try {
    expect((await refusal(invoke(f.services(''), scan, toolContext()))).code).toBe('AuditUnavailable');
  } finally {
    lock?.release();
  }
  expect(f.requests).toHaveLength(1);
  // The begin was durable; neither the page's row nor the end could be: the record says the call began.
  expect(newest()).toMatchObject({ operation: 'Scan', status: 'started', ops: [] });
});
