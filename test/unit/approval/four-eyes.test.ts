// Four eyes in the approval flow, over a real SQLite file opened twice (as two instances would):
// who may decide, a call that waits for the decision taken on the other connection, a denial,
// a wait that runs out and is resumed with the token, a cancelled wait, and an old database
// that gains the new columns.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusalToDecide } from '../../../src/approval/four-eyes.js';
import { obtainApproval, type ObtainApprovalInput } from '../../../src/approval/obtain-approval.js';
import { ApprovalStore } from '../../../src/approval/token-store.js';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { ToolError } from '../../../src/errors/tool-error.js';
import { sqliteApprovalTokens } from '../../../src/state/sqlite/approvals.js';

let dir: string;
let asking: Database.Database;
let deciding: Database.Database;
let here: ApprovalStore;
let there: ApprovalStore;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'four-eyes-'));
  const file = path.join(dir, 'audit.db');
  asking = openAuditDatabase(file);
  deciding = openAuditDatabase(file);
  here = new ApprovalStore(asking);
  there = new ApprovalStore(deciding);
});
afterEach(() => {
  asking.close();
  deciding.close();
  rmSync(dir, { recursive: true, force: true });
});

const fourEyes = {
  requestedBy: 'https://idp#alice',
  requesterName: 'Alice',
  approvers: ['platform-leads'],
  risk: 'destructive',
};

function input(over: Partial<ObtainApprovalInput> = {}): ObtainApprovalInput {
  return {
    decision: { effect: 'confirm', reason: 'dynamodb:DeleteTable is destructive', risk: 'destructive' },
    request: {
      service: 'dynamodb',
      operation: 'DeleteTable',
      region: 'us-east-1',
      keyParameters: { TableName: 't' },
    },
    payloadHash: here.payloadHash({ TableName: 't' }),
    sessionId: 'https://idp#alice/http-sessionless',
    mode: 'out-of-band',
    autoApprove: false,
    store: sqliteApprovalTokens(here),
    fourEyes,
    waitMs: 30_000,
    ...over,
  };
}

/** Decides the first pending request as soon as it appears, on the other connection. */
async function decideWhenAsked(state: 'approved' | 'denied', by = 'https://idp#lead'): Promise<string> {
  for (;;) {
    const [pending] = there.open(Date.now()).filter((a) => a.state === 'pending');
    if (pending) {
      expect(pending.fourEyes).toEqual(fourEyes);
      expect(there.decide(pending.approvalId, state, { by, via: 'http', now: Date.now() })).toBe(true);
      return pending.approvalId;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function refusal(p: Promise<unknown>): Promise<ToolError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ToolError);
  return e as ToolError;
}

describe('who may decide', () => {
  it('a member of the approvers who did not ask; never the requester; without approvers only a terminal', () => {
    const lead = { key: 'https://idp#lead', groups: ['platform-leads'] };
    expect(refusalToDecide({ fourEyes }, lead)).toBeUndefined();
    expect(refusalToDecide({ fourEyes }, { key: 'https://idp#alice', groups: ['platform-leads'] })).toBe(
      'own-request',
    );
    expect(refusalToDecide({ fourEyes }, { key: 'https://idp#bob', groups: ['developers'] })).toBe(
      'not-an-approver',
    );
    expect(refusalToDecide({}, lead)).toBe('terminal-only');
  });
});

describe('a four-eyes call waits for the decision', () => {
  it('approved on the other connection while waiting: runs, with who asked, who approved and how', async () => {
    const told: string[] = [];
    const progress = (waited: number, _total: number, message: string) =>
      void told.push(`${waited}s: ${message}`);
    const [evidence, approvalId] = await Promise.all([
      obtainApproval(input({ progress })),
      decideWhenAsked('approved'),
    ]);
    expect(told[0]).toBe(`0s: waiting for platform-leads to decide request ${approvalId}`);
    expect(evidence).toMatchObject({
      method: 'out-of-band',
      approvalId,
      requestedBy: 'https://idp#alice',
      approvedBy: 'https://idp#lead',
      approvedVia: 'http',
    });
    expect(here.get(approvalId)).toBeUndefined(); // the token was redeemed: single use
  });

  it('denied while waiting: ApprovalDeclined naming who denied, when and how', async () => {
    const [e, approvalId] = await Promise.all([refusal(obtainApproval(input())), decideWhenAsked('denied')]);
    expect(e.code).toBe('ApprovalDeclined');
    expect(e.message).toContain('https://idp#lead denied dynamodb:DeleteTable');
    expect(e.details).toMatchObject({
      approval: {
        approvalId,
        requestedBy: 'https://idp#alice',
        deniedBy: 'https://idp#lead',
        deniedVia: 'http',
      },
    });
  });

  it('no decision in time: ConfirmationRequired naming the approvers; invoking again with the token waits again', async () => {
    const timedOut = await refusal(obtainApproval(input({ waitMs: 200 })));
    expect(timedOut.code).toBe('ConfirmationRequired');
    const details = timedOut.details as {
      confirmationToken: string;
      approvalId: string;
      approvers: string[];
    };
    expect(details.approvers).toEqual(['platform-leads']);
    expect(timedOut.hint).toContain(`POST /approvals/${details.approvalId}`);
    const [evidence] = await Promise.all([
      obtainApproval(input({ confirmationToken: details.confirmationToken })),
      decideWhenAsked('approved'),
    ]);
    expect(evidence).toMatchObject({ approvalId: details.approvalId, approvedVia: 'http' });
  });

  it('a cancelled call stops waiting and runs nothing', async () => {
    const cancel = new AbortController();
    const waiting = refusal(obtainApproval(input({ signal: cancel.signal })));
    while (there.open(Date.now()).length === 0) await new Promise((r) => setTimeout(r, 20));
    cancel.abort();
    expect((await waiting).code).toBe('Cancelled');
  });
});

it('an approvals table made before four eyes gains its columns, and its pending rows stay readable', () => {
  const file = path.join(dir, 'old.db');
  const old = new Database(file);
  old.exec(`CREATE TABLE approvals (id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, service TEXT NOT NULL,
    operation TEXT NOT NULL, region TEXT NOT NULL, account TEXT NOT NULL, payload_hash TEXT NOT NULL, session_id TEXT,
    key_parameters TEXT NOT NULL, mode TEXT NOT NULL, state TEXT NOT NULL, created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL, approved_at INTEGER, approved_by TEXT)`);
  old.exec(`INSERT INTO approvals VALUES ('apr_000000000001', 'h', 's3', 'DeleteBucket', '', '', 'p', '', '{}',
    'out-of-band', 'pending', 1, 9999999999999, NULL, NULL)`);
  old.close();
  const db = openAuditDatabase(file);
  try {
    const store = new ApprovalStore(db);
    const columns = db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('approvals')`).all();
    expect(columns.map((c) => c.name)).toEqual(expect.arrayContaining(['four_eyes', 'decided_via']));
    expect(store.get('apr_000000000001')).toMatchObject({ state: 'pending' });
    expect(store.get('apr_000000000001')?.fourEyes).toBeUndefined();
    new ApprovalStore(db); // opening it again changes nothing
  } finally {
    db.close();
  }
});
