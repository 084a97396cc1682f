// `aws-tool-mcp approve`: list waiting requests, approve one (then the token redeems as
// out-of-band), ask the person when a prompt is wired, reject.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { hashPayload } from '../../../src/approval/canonical-json.js';
import { obtainApproval } from '../../../src/approval/obtain-approval.js';
import { ApprovalStore } from '../../../src/approval/token-store.js';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { sqliteApprovalTokens } from '../../../src/state/sqlite/approvals.js';
import { approveCommand } from '../../../src/cli/approve-command.js';
import type { ToolError } from '../../../src/errors/tool-error.js';

/** Any key will do here: these tests hash both sides of a binding with it. */
const TEST_PAYLOAD_KEY = Buffer.alloc(32, 7);

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'approve-cli-'));
  file = path.join(dir, 'audit.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const request = {
  service: 'ec2',
  operation: 'TerminateInstances',
  region: 'us-east-1',
  keyParameters: { InstanceIds: ['i-1'] },
};

function flowInput(store: ApprovalStore, token?: string) {
  return {
    decision: { effect: 'confirm', reason: 'destructive' } as const,
    request,
    payloadHash: hashPayload({ InstanceIds: ['i-1'] }, TEST_PAYLOAD_KEY),
    mode: 'out-of-band' as const,
    autoApprove: false,
    store: sqliteApprovalTokens(store),
    ...(token ? { confirmationToken: token } : {}),
  };
}

async function pending(): Promise<{ token: string; approvalId: string }> {
  const db = openAuditDatabase(file);
  try {
    await obtainApproval(flowInput(new ApprovalStore(db)));
  } catch (e) {
    const d = (e as ToolError).details as { confirmationToken: string; approvalId: string };
    return { token: d.confirmationToken, approvalId: d.approvalId };
  } finally {
    db.close();
  }
  throw new Error('expected ConfirmationRequired');
}

async function run(args: string[], ask?: (q: string) => Promise<boolean>) {
  const lines: string[] = [];
  const code = await approveCommand(args, {
    auditDbPath: file,
    out: (l) => lines.push(l),
    user: 'alice',
    ...(ask ? { ask } : {}),
  });
  return { code, text: lines.join('\n') };
}

it('lists waiting requests, approves one, and the agent token then runs it as out-of-band', async () => {
  const { token, approvalId } = await pending();
  const list = await run([]);
  expect(list.text).toContain(approvalId);
  expect(list.text).toContain('ec2:TerminateInstances');
  expect((await run([approvalId])).code).toBe(0);
  const db = openAuditDatabase(file);
  try {
    const evidence = await obtainApproval(flowInput(new ApprovalStore(db), token));
    expect(evidence).toMatchObject({ method: 'out-of-band', approvalId, approvedBy: 'alice' });
  } finally {
    db.close();
  }
  expect((await run([approvalId])).code).toBe(1);
});

it('asks the person when a prompt is wired; "no" approves nothing', async () => {
  const { approvalId } = await pending();
  const questions: string[] = [];
  const r = await run([approvalId], async (q) => {
    questions.push(q);
    return false;
  });
  expect(r.code).toBe(1);
  expect(questions[0]).toContain('ec2:TerminateInstances');
  const db = openAuditDatabase(file);
  expect(new ApprovalStore(db).get(approvalId)?.state).toBe('pending');
  db.close();
});

it('--reject denies the request, recorded as the terminal user via cli; unknown ids fail', async () => {
  const { approvalId } = await pending();
  expect((await run([approvalId, '--reject'])).code).toBe(0);
  const db = openAuditDatabase(file);
  expect(new ApprovalStore(db).get(approvalId)).toMatchObject({ state: 'denied', decidedVia: 'cli' });
  db.close();
  expect((await run([approvalId])).code).toBe(1);
  expect((await run(['apr_000000000000'])).code).toBe(1);
});
