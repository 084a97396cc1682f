// The approval flow end to end over a real SQLite file: token issue and redemption, binding,
// expiry, restart, lazy purge, out-of-band approval, elicitation and auto-approve.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPayload } from '../../../src/approval/canonical-json.js';
import { obtainApproval, type ObtainApprovalInput } from '../../../src/approval/obtain-approval.js';
import { ApprovalStore } from '../../../src/approval/token-store.js';
import type { ApprovalDecision, ApprovalPrompter, ApprovalSummary } from '../../../src/approval/types.js';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { sqliteApprovalTokens } from '../../../src/state/sqlite/approvals.js';
import { ToolError } from '../../../src/errors/tool-error.js';

/** Any key will do here: these tests hash both sides of a binding with it. */
const TEST_PAYLOAD_KEY = Buffer.alloc(32, 7);

let dir: string;
let file: string;
let db: Database;
let store: ApprovalStore;
let clock: number;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'approval-'));
  file = path.join(dir, 'audit.db');
  db = openAuditDatabase(file);
  store = new ApprovalStore(db);
  clock = Date.parse('2026-01-01T00:00:00Z');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const confirm = { effect: 'confirm', reason: 's3:DeleteBucket is destructive', risk: 'destructive' } as const;
const payload = { Bucket: 'my-bucket', ExpectedBucketOwner: '111122223333' };
const request = {
  service: 's3',
  operation: 'DeleteBucket',
  region: 'eu-west-1',
  keyParameters: { Bucket: 'my-bucket' },
};

function input(over: Partial<ObtainApprovalInput> = {}): ObtainApprovalInput {
  return {
    decision: confirm,
    request,
    payloadHash: hashPayload(payload, TEST_PAYLOAD_KEY),
    mode: 'token',
    autoApprove: false,
    store: sqliteApprovalTokens(store),
    now: () => new Date(clock),
    ...over,
  };
}

async function rejection(p: Promise<unknown>): Promise<ToolError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ToolError);
    return e as ToolError;
  }
  throw new Error('expected a ToolError');
}

async function issueToken(
  over: Partial<ObtainApprovalInput> = {},
): Promise<{ token: string; approvalId: string }> {
  const e = await rejection(obtainApproval(input(over)));
  expect(e.code).toBe('ConfirmationRequired');
  const d = e.details as { confirmationToken: string; approvalId: string };
  return { token: d.confirmationToken, approvalId: d.approvalId };
}

describe('confirmation tokens', () => {
  it('ConfirmationRequired carries the token, the request and the expiry; the token runs it once', async () => {
    const e = await rejection(obtainApproval(input()));
    expect(e.code).toBe('ConfirmationRequired');
    expect(e.details).toMatchObject({
      confirmationToken: expect.stringMatching(/^ct_[\w-]{40,}$/),
      request: {
        service: 's3',
        operation: 'DeleteBucket',
        region: 'eu-west-1',
        keyParameters: { Bucket: 'my-bucket' },
      },
      expiresAt: '2026-01-01T01:00:00.000Z',
    });
    const token = (e.details as { confirmationToken: string }).confirmationToken;
    const evidence = await obtainApproval(input({ confirmationToken: token }));
    expect(evidence).toMatchObject({ method: 'token', approvalId: expect.stringMatching(/^apr_/) });
    const again = await rejection(obtainApproval(input({ confirmationToken: token })));
    expect(again.code).toBe('InvalidConfirmationToken');
  });

  it('only a hash of the token is stored', async () => {
    const { token } = await issueToken();
    const rows = db.prepare('SELECT * FROM approvals').all();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token.slice(3));
  });

  it('expires after ttl_seconds (injected clock)', async () => {
    const { token } = await issueToken({ ttlSeconds: 60 });
    clock += 60_000;
    const e = await rejection(obtainApproval(input({ confirmationToken: token })));
    expect(e.code).toBe('InvalidConfirmationToken');
    expect(e.message).toMatch(/expired/);
  });

  it('a changed payload is rejected and does not burn the token', async () => {
    const { token } = await issueToken();
    const tampered = hashPayload({ ...payload, Bucket: 'other-bucket' }, TEST_PAYLOAD_KEY);
    const e = await rejection(obtainApproval(input({ confirmationToken: token, payloadHash: tampered })));
    expect(e.code).toBe('InvalidConfirmationToken');
    expect(e.message).toMatch(/different request/);
    // Key order is not a change.
    const reordered = hashPayload(
      { ExpectedBucketOwner: '111122223333', Bucket: 'my-bucket' },
      TEST_PAYLOAD_KEY,
    );
    await expect(
      obtainApproval(input({ confirmationToken: token, payloadHash: reordered })),
    ).resolves.toMatchObject({
      method: 'token',
    });
  });

  it('cannot be reused for another operation, region or account', async () => {
    const { token } = await issueToken();
    for (const other of [
      { ...request, operation: 'DeleteObject' },
      { ...request, service: 's3control' },
      { ...request, region: 'us-east-1' },
      { ...request, account: '999999999999' },
    ]) {
      const e = await rejection(obtainApproval(input({ confirmationToken: token, request: other })));
      expect(e.code).toBe('InvalidConfirmationToken');
    }
  });

  it('is bound to the session that asked for it', async () => {
    const { token } = await issueToken({ sessionId: 'session-a' });
    const e = await rejection(obtainApproval(input({ confirmationToken: token, sessionId: 'session-b' })));
    expect(e.message).toMatch(/another session/);
    const none = await rejection(obtainApproval(input({ confirmationToken: token })));
    expect(none.code).toBe('InvalidConfirmationToken');
    await expect(
      obtainApproval(input({ confirmationToken: token, sessionId: 'session-a' })),
    ).resolves.toMatchObject({
      method: 'token',
    });
  });

  it('a restart keeps a pending token (new store on the same file)', async () => {
    const { token } = await issueToken();
    db.close();
    db = openAuditDatabase(file);
    store = new ApprovalStore(db);
    await expect(obtainApproval(input({ confirmationToken: token }))).resolves.toMatchObject({
      method: 'token',
    });
  });

  it('expired tokens are purged lazily on issue and on redeem', async () => {
    const first = await issueToken({ ttlSeconds: 10 });
    clock += 11_000;
    expect(store.get(first.approvalId)).toBeDefined();
    await issueToken();
    expect(store.get(first.approvalId)).toBeUndefined();

    const second = await issueToken({ ttlSeconds: 10 });
    clock += 11_000;
    await rejection(obtainApproval(input({ confirmationToken: 'ct_unknown' })));
    expect(store.get(second.approvalId)).toBeUndefined();
  });

  it('an unknown token is rejected', async () => {
    const e = await rejection(obtainApproval(input({ confirmationToken: 'ct_made-up' })));
    expect(e.code).toBe('InvalidConfirmationToken');
  });
});

describe('out-of-band approval', () => {
  it('the token alone is not enough until a person approves the request id', async () => {
    const { token, approvalId } = await issueToken({ mode: 'out-of-band' });
    const waiting = await rejection(obtainApproval(input({ mode: 'out-of-band', confirmationToken: token })));
    expect(waiting.code).toBe('ConfirmationRequired');
    expect(waiting.hint).toContain(`aws-tool-mcp approve ${approvalId}`);
    expect(store.decide(approvalId, 'approved', { by: 'alice', via: 'cli', now: clock })).toBe(true);
    const evidence = await obtainApproval(input({ mode: 'out-of-band', confirmationToken: token }));
    expect(evidence).toMatchObject({ method: 'out-of-band', approvalId, approvedBy: 'alice' });
  });

  it('a token issued in out-of-band mode stays out-of-band even if the mode changes', async () => {
    const { token } = await issueToken({ mode: 'out-of-band' });
    const e = await rejection(obtainApproval(input({ mode: 'token', confirmationToken: token })));
    expect(e.code).toBe('ConfirmationRequired');
  });

  it('a rejected request cannot be redeemed', async () => {
    const { token, approvalId } = await issueToken({ mode: 'out-of-band' });
    expect(store.reject(approvalId)).toBe(true);
    const e = await rejection(obtainApproval(input({ mode: 'out-of-band', confirmationToken: token })));
    expect(e.code).toBe('InvalidConfirmationToken');
  });
});

describe('elicitation, auto-approve and other decisions', () => {
  const prompter = (
    answer: 'approve' | 'decline' | 'cancel',
    seen: ApprovalSummary[] = [],
  ): ApprovalPrompter => ({
    ask: async (s) => {
      seen.push(s);
      return answer;
    },
  });

  it('asks through the prompter in elicit-or-token mode and runs on approval', async () => {
    const seen: ApprovalSummary[] = [];
    const evidence = await obtainApproval(
      input({ mode: 'elicit-or-token', prompter: prompter('approve', seen) }),
    );
    expect(evidence.method).toBe('elicitation');
    expect(seen[0]!.message).toContain('s3:DeleteBucket');
    expect(seen[0]!.message).toContain('my-bucket');
    expect(seen[0]!.requestHash).toMatch(/^[0-9a-f]{64}$/);
    expect(store.open(clock)).toHaveLength(0);
  });

  it.each(['decline', 'cancel'] as const)('%s -> ApprovalDeclined, nothing stored', async (answer) => {
    const e = await rejection(obtainApproval(input({ mode: 'elicit-or-token', prompter: prompter(answer) })));
    expect(e.code).toBe('ApprovalDeclined');
    expect(store.open(clock)).toHaveLength(0);
  });

  it('a prompter that throws (suspending the call) propagates unchanged', async () => {
    const signal = new Error('suspend');
    const p: ApprovalPrompter = { ask: () => Promise.reject(signal) };
    await expect(obtainApproval(input({ mode: 'elicit-or-token', prompter: p }))).rejects.toBe(signal);
  });

  it('token and out-of-band modes never elicit', async () => {
    const seen: ApprovalSummary[] = [];
    for (const mode of ['token', 'out-of-band'] as const) {
      const e = await rejection(obtainApproval(input({ mode, prompter: prompter('approve', seen) })));
      expect(e.code).toBe('ConfirmationRequired');
    }
    expect(seen).toHaveLength(0);
  });

  it('auto-approve skips the person and says so', async () => {
    await expect(obtainApproval(input({ autoApprove: true }))).resolves.toMatchObject({
      method: 'auto-approve',
    });
  });

  it('allow needs nothing; a deny is never approved, even with auto-approve', async () => {
    const allow = { effect: 'allow', reason: 'ok' } as const;
    await expect(obtainApproval(input({ decision: allow }))).resolves.toMatchObject({
      method: 'not-required',
    });
    // The decide step refuses a denied call (PolicyDenied, test/unit/tools/steps.test.ts); the
    // type keeps a deny out of here, and one forced in is a bug that approves nothing.
    const deny = {
      effect: 'deny',
      rule: 'rules.deny[0]',
      reason: 'no deletes',
    } as unknown as ApprovalDecision;
    await expect(obtainApproval(input({ decision: deny, autoApprove: true }))).rejects.toThrow(
      /decided deny/,
    );
    expect(store.open(clock)).toHaveLength(0);
  });
});

describe('questions nobody answers, and calls cancelled while asking', () => {
  it('timeout -> ApprovalTimeout, aborted -> Cancelled; nothing issued or run', async () => {
    for (const [answer, code] of [
      ['timeout', 'ApprovalTimeout'],
      ['aborted', 'Cancelled'],
    ] as const) {
      const p: ApprovalPrompter = { ask: async () => answer };
      const e = await rejection(obtainApproval(input({ mode: 'elicit-or-token', prompter: p })));
      expect(e.code).toBe(code);
      expect(store.open(clock)).toHaveLength(0);
    }
  });

  it('a suspended question reported unanswered later reaches onAbandoned as ApprovalTimeout', async () => {
    const abandoned: ToolError[] = [];
    let report: () => void = () => undefined;
    const suspend = new Error('suspend');
    const p: ApprovalPrompter = {
      ask: (_s, hooks) => {
        report = hooks.unanswered;
        return Promise.reject(suspend);
      },
    };
    await expect(
      obtainApproval(input({ mode: 'elicit-or-token', prompter: p, onAbandoned: (e) => abandoned.push(e) })),
    ).rejects.toBe(suspend);
    expect(abandoned).toHaveLength(0);
    report();
    expect(abandoned.map((e) => e.code)).toEqual(['ApprovalTimeout']);
  });
});
