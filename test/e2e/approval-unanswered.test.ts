// An approval question nobody answers, or whose tool call is cancelled, is refused, audited
// (`approval-timeout`, `cancelled`) and, where the protocol has a pending request for it (2025
// era), withdrawn from the client. Every client and era, over stdio and Streamable HTTP.

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynalite, type Emulator } from '../helpers/emulators.js';
import { startHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { connectClient, type ClientKind, type Where } from '../helpers/mcp-clients.js';
import { requireBuild, serverEnv } from '../helpers/server-env.js';

let dynamo: Emulator;
const env: Record<'quick' | 'patient', Record<string, string>> = { quick: {}, patient: {} };
const http: Partial<Record<'quick' | 'patient', HttpServerProcess>> = {};

beforeAll(async () => {
  requireBuild();
  dynamo = await startDynalite();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'unanswered-'));
  const policy = path.join(dir, 'policy.yaml');
  writeFileSync(policy, 'version: 1\nmode: standard\napproval:\n  require_for: [destructive]\n');
  const base = { POLICY_PATH: policy, AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint };
  // quick: a person has 1 s to answer; patient: the default (600 s), so cancelling comes first.
  env.quick = serverEnv({ ...base, AWS_MCP_APPROVAL_PROMPT_TIMEOUT_SECONDS: '1' });
  env.patient = serverEnv(base);
  [http.quick, http.patient] = await Promise.all([startHttpServer(env.quick), startHttpServer(env.patient)]);
});

afterAll(async () => {
  http.quick?.stop();
  http.patient?.stop();
  await dynamo?.stop();
});

function where(transport: 'stdio' | 'http', speed: 'quick' | 'patient'): Where {
  return transport === 'http' ? { http: http[speed]!.url } : { stdioEnv: env[speed] };
}

/** Audit statuses of DeleteTable calls on `table`, read from the server's database file. */
function statuses(speed: 'quick' | 'patient', table: string): string[] {
  const db = new Database(env[speed].AUDIT_DB_PATH!, { readonly: true });
  try {
    const rows = db
      .prepare(`SELECT status, request FROM audit_tx WHERE operation = 'DeleteTable' ORDER BY started_ms`)
      .all() as { status: string; request: string | null }[];
    return rows.filter((r) => r.request?.includes(table)).map((r) => r.status);
  } finally {
    db.close();
  }
}

/** Polls (bounded) until `check` holds: the server records asynchronously. */
async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
  expect(check(), what).toBe(true);
}

const deleteTable = (table: string) => ({
  action: 'invoke',
  service: 'dynamodb',
  operation: 'DeleteTable',
  payload: { TableName: table },
});

const CASES: [ClientKind, 'stdio' | 'http'][] = [
  ['v2-legacy', 'stdio'],
  ['v2-modern', 'stdio'],
  ['v1', 'stdio'],
  ['v2-legacy', 'http'],
  ['v2-modern', 'http'],
  ['v1', 'http'],
];

describe.each(CASES)('%s client over %s', (kind, transport) => {
  it('an unanswered question is refused, withdrawn where pending, and audited as approval-timeout', async () => {
    const client = await connectClient(kind, where(transport, 'quick'), 'never');
    const table = `unanswered-${kind}-${transport}`;
    const abort = new AbortController();
    try {
      const call = client.call('aws_execute', deleteTable(table), abort.signal);
      if (kind === 'v2-modern') {
        // 2026-07-28: the client holds the question; the server records it when the answer window closes.
        await eventually(() => statuses('quick', table).includes('approval-timeout'), 'audited');
        abort.abort();
        await call.catch(() => undefined);
      } else {
        const r = await call;
        expect(r.data.error?.code, JSON.stringify(r.data)).toBe('ApprovalTimeout');
        await eventually(() => client.withdrawn() === 1, 'the question was withdrawn');
        expect(statuses('quick', table)).toEqual(['approval-timeout']);
      }
      expect(client.asked).toHaveLength(1);
    } finally {
      await client.close();
    }
  });
});

// 2026-07-28 clients hold the question themselves: a call they cancel is an unanswered question to
// the server, audited when the answer window closes (above).
describe.each(CASES.filter(([kind]) => kind !== 'v2-modern'))('%s client over %s', (kind, transport) => {
  it('a call cancelled while asking withdraws the question and is audited as cancelled', async () => {
    const client = await connectClient(kind, where(transport, 'patient'), 'never');
    const table = `cancelled-${kind}-${transport}`;
    const abort = new AbortController();
    try {
      const asked = client.questionArrived();
      const call = client.call('aws_execute', deleteTable(table), abort.signal).catch(() => undefined);
      await asked;
      abort.abort();
      await call;
      await eventually(() => statuses('patient', table).includes('cancelled'), 'audited as cancelled');
      await eventually(() => client.withdrawn() === 1, 'the question was withdrawn');
      expect(statuses('patient', table)).toEqual(['cancelled']);
    } finally {
      await client.close();
    }
  });
});
