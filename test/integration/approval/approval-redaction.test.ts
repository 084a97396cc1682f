// What the approval flow stores and shows is redacted whatever the caller passes as key parameters:
// the approvals table row, the elicitation prompt and the ConfirmationRequired details.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { hashPayload } from '../../../src/approval/canonical-json.js';
import { obtainApproval, type ObtainApprovalInput } from '../../../src/approval/obtain-approval.js';
import { ApprovalStore } from '../../../src/approval/token-store.js';
import type { ApprovalSummary } from '../../../src/approval/types.js';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { sqliteApprovalTokens } from '../../../src/state/sqlite/approvals.js';
import { REDACTED } from '../../../src/redaction/redact.js';
import { rejectedToolError } from '../../helpers/models.js';

/** Any key will do here: these tests hash both sides of a binding with it. */
const TEST_PAYLOAD_KEY = Buffer.alloc(32, 7);

const SECRET = 'pw-7c1e9b0d55aa';
let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function setup(over: Partial<ObtainApprovalInput> = {}) {
  dir = mkdtempSync(path.join(os.tmpdir(), 'approval-redaction-'));
  const file = path.join(dir, 'audit.db');
  const db = openAuditDatabase(file);
  const input: ObtainApprovalInput = {
    decision: { effect: 'confirm', reason: 'mq:CreateUser is a write', risk: 'write' },
    request: {
      service: 'mq',
      operation: 'CreateUser',
      region: 'us-east-1',
      keyParameters: { BrokerId: 'b-1', Password: SECRET, Nested: { ClientSecret: SECRET } },
    },
    payloadHash: hashPayload({ BrokerId: 'b-1', Password: SECRET }, TEST_PAYLOAD_KEY),
    mode: 'elicit-or-token',
    autoApprove: false,
    store: sqliteApprovalTokens(new ApprovalStore(db)),
    ...over,
  };
  const bytes = () =>
    Buffer.concat([file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
  return { db, input, bytes };
}

it('the approvals row and the ConfirmationRequired details hold no secret', async () => {
  const { db, input, bytes } = setup({ mode: 'token' });
  const e = await rejectedToolError(obtainApproval(input));
  expect(e.code).toBe('ConfirmationRequired');
  const shown = JSON.stringify(e.toBody());
  expect(shown).not.toContain(SECRET);
  expect((e.details as any).request.keyParameters).toEqual({
    BrokerId: 'b-1',
    Password: REDACTED,
    Nested: { ClientSecret: REDACTED },
  });
  const rows = db.prepare('SELECT key_parameters FROM approvals').all() as { key_parameters: string }[];
  expect(rows).toHaveLength(1);
  expect(rows[0]!.key_parameters).toContain('b-1');
  expect(rows[0]!.key_parameters).not.toContain(SECRET);
  expect(bytes().includes(Buffer.from(SECRET))).toBe(false);
  db.close();
});

it('the elicitation prompt holds no secret', async () => {
  const asked: ApprovalSummary[] = [];
  const { db, input } = setup({ prompter: { ask: async (s) => (asked.push(s), 'approve') } });
  expect((await obtainApproval(input)).method).toBe('elicitation');
  expect(asked).toHaveLength(1);
  expect(asked[0]!.message).toContain('b-1');
  expect(JSON.stringify(asked)).not.toContain(SECRET);
  db.close();
});
