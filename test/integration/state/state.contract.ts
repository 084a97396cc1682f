// The one contract every store of shared state meets (SQLite, PostgreSQL): run by one test file
// per implementation. Several handles are opened on the same state (their own connections, as
// separate instances would), so "exactly once" is tested across connections, not inside one.

import { describe, expect, it } from 'vitest';
import type { RedeemBinding } from '../../../src/approval/token-store.js';
import { isToolError, type ToolError } from '../../../src/errors/tool-error.js';
import { REDACTED } from '../../../src/redaction/redact.js';
import type { StateStore } from '../../../src/state/ports.js';

export interface StateUnderTest {
  /** Another handle on the same shared state, with its own connections. */
  open(): Promise<StateStore>;
  /** Makes the store fail (lock held, server stopped) until the returned function is called. */
  outage(): Promise<() => Promise<void>>;
}

const request = {
  service: 's3',
  operation: 'DeleteBucket',
  region: 'eu-west-1',
  keyParameters: { Bucket: 'b' },
};
const HANDLES = 5;

function binding(store: StateStore, over: Partial<RedeemBinding> = {}): RedeemBinding {
  return {
    service: 's3',
    operation: 'DeleteBucket',
    region: 'eu-west-1',
    payloadHash: store.approvals.payloadHash({ Bucket: 'b' }),
    sessionId: 'alice/http:s1',
    requireOutOfBand: false,
    ...over,
  };
}

async function issue(store: StateStore, mode: 'token' | 'out-of-band', now: number, ttlSeconds = 600) {
  return store.approvals.issue({
    request,
    payloadHash: store.approvals.payloadHash({ Bucket: 'b' }),
    sessionId: 'alice/http:s1',
    mode,
    ttlSeconds,
    now,
  });
}

async function rejection(p: Promise<unknown>): Promise<ToolError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isToolError(e)) throw new Error(`expected a ToolError, got ${String(e)}`);
  return e;
}

export function stateContract(name: string, underTest: () => StateUnderTest): void {
  describe(`state contract: ${name}`, () => {
    const handles = async (n = HANDLES) => Promise.all(Array.from({ length: n }, () => underTest().open()));
    const closeAll = async (stores: StateStore[]) => Promise.all(stores.map((s) => s.close()));

    it('a token redeems exactly once: 50 concurrent redemptions over 5 handles, one wins', async () => {
      const stores = await handles();
      try {
        const now = Date.now();
        const { token } = await issue(stores[0]!, 'token', now);
        const results = await Promise.all(
          Array.from({ length: 50 }, (_, i) => {
            const s = stores[i % HANDLES]!;
            return s.approvals.redeem(token, binding(s), now);
          }),
        );
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(Array(49).fill('unknown'));
      } finally {
        await closeAll(stores);
      }
    });

    it('a token is bound: other payload or session is refused and leaves it redeemable; expiry ends it', async () => {
      const [a, b] = await handles(2);
      try {
        const now = Date.now();
        const { token } = await issue(a!, 'token', now);
        expect(a!.approvals.payloadHash({ Bucket: 'b' })).toBe(b!.approvals.payloadHash({ Bucket: 'b' }));
        expect(a!.sealKey.equals(b!.sealKey)).toBe(true);
        const other = b!.approvals.payloadHash({ Bucket: 'other' });
        expect(await b!.approvals.redeem(token, binding(b!, { payloadHash: other }), now)).toMatchObject({
          ok: false,
          reason: 'mismatch',
        });
        expect(
          await b!.approvals.redeem(token, binding(b!, { sessionId: 'bob/http:s2' }), now),
        ).toMatchObject({
          ok: false,
          reason: 'session',
        });
        expect(await b!.approvals.redeem(token, binding(b!), now)).toMatchObject({ ok: true });
        const short = await issue(a!, 'token', now, 1);
        expect(await b!.approvals.redeem(short.token, binding(b!), now + 1000)).toMatchObject({
          ok: false,
          reason: 'expired',
        });
        expect(await b!.approvals.redeem('ct_never-issued', binding(b!), now)).toEqual({
          ok: false,
          reason: 'unknown',
        });
      } finally {
        await closeAll([a!, b!]);
      }
    });

    it('an out-of-band approval is granted once, on any handle, and releases the token there', async () => {
      const stores = await handles();
      const [a, b] = stores;
      try {
        const now = Date.now();
        const { token, approvalId } = await issue(a!, 'out-of-band', now);
        const waiting = binding(a!, { requireOutOfBand: true });
        expect(await a!.approvals.redeem(token, waiting, now)).toMatchObject({
          ok: false,
          reason: 'pending',
        });
        expect((await b!.approvals.open(now)).map((x) => x.approvalId)).toContain(approvalId);
        const grants = await Promise.all(
          stores.map((s) =>
            s.approvals.decide(approvalId, 'approved', { by: 'carol', via: 'cli', now: now + 1 }),
          ),
        );
        expect(grants.filter(Boolean)).toHaveLength(1);
        expect(await b!.approvals.get(approvalId)).toMatchObject({ state: 'approved', approvedBy: 'carol' });
        const redeemed = await a!.approvals.redeem(token, waiting, now + 2);
        expect(redeemed).toMatchObject({
          ok: true,
          approval: { approvalId, state: 'approved', approvedAt: now + 1 },
        });
        expect(
          await b!.approvals.decide(approvalId, 'approved', { by: 'carol', via: 'cli', now: now + 3 }),
        ).toBe(false);
        const rejected = await issue(a!, 'out-of-band', now);
        expect(await b!.approvals.reject(rejected.approvalId)).toBe(true);
        expect(await a!.approvals.get(rejected.approvalId)).toBeUndefined();
      } finally {
        await closeAll(stores);
      }
    });

    it('four eyes: who asked and who may decide are kept; one decision of racing approve/deny wins, a denied token never redeems', async () => {
      const stores = await handles();
      const [a, b] = stores;
      try {
        const now = Date.now();
        const fourEyes = {
          requestedBy: 'https://idp#alice',
          requesterName: 'alice',
          approvers: ['platform-leads'],
          risk: 'destructive',
        };
        const issued = {
          request,
          payloadHash: a!.approvals.payloadHash({ Bucket: 'b' }),
          sessionId: 'alice/http:s1',
          mode: 'out-of-band',
          ttlSeconds: 600,
          now,
          fourEyes,
        } as const;
        const { approvalId } = await a!.approvals.issue(issued);
        expect(await b!.approvals.get(approvalId)).toMatchObject({ state: 'pending', fourEyes });
        const verdicts = await Promise.all(
          stores.map((s, i) =>
            s.approvals.decide(approvalId, i % 2 ? 'approved' : 'denied', {
              by: `lead${i}`,
              via: 'http',
              now: now + 1,
            }),
          ),
        );
        expect(verdicts.filter(Boolean)).toHaveLength(1);
        const winner = verdicts.indexOf(true);
        const decided = await b!.approvals.get(approvalId);
        expect(decided).toMatchObject({
          state: winner % 2 ? 'approved' : 'denied',
          approvedBy: `lead${winner}`,
          approvedAt: now + 1,
          decidedVia: 'http',
        });
        const denied = await a!.approvals.issue({ ...issued, mode: 'token' });
        expect(await b!.approvals.decide(denied.approvalId, 'denied', { by: 'lead', via: 'cli', now })).toBe(
          true,
        );
        expect(await a!.approvals.redeem(denied.token, binding(a!), now)).toMatchObject({
          ok: false,
          reason: 'denied',
        });
        const short = await a!.approvals.issue({ ...issued, ttlSeconds: 1, now });
        const late = { by: 'lead', via: 'http', now: now + 1000 } as const;
        expect(await b!.approvals.decide(short.approvalId, 'approved', late)).toBe(false);
      } finally {
        await closeAll(stores);
      }
    });

    it('an approval-question nonce is answered once across handles, and not after expiry or withdrawal', async () => {
      const stores = await handles();
      try {
        const now = Date.now();
        await stores[0]!.nonces.add('n-race', now + 60_000);
        const wins = await Promise.all(
          Array.from({ length: 50 }, (_, i) => stores[i % HANDLES]!.nonces.redeem('n-race', now)),
        );
        expect(wins.filter(Boolean)).toHaveLength(1);
        expect(await stores[1]!.nonces.withdraw('n-race')).toBe(false);
        await stores[0]!.nonces.add('n-late', now + 1000);
        expect(await stores[1]!.nonces.redeem('n-late', now + 1000)).toBe(false);
        await stores[0]!.nonces.add('n-gone', now + 60_000);
        expect(await stores[2]!.nonces.withdraw('n-gone')).toBe(true);
        expect(await stores[1]!.nonces.redeem('n-gone', now)).toBe(false);
      } finally {
        await closeAll(stores);
      }
    });

    it('a session negotiated on one handle is served by another, extended, expired and removed', async () => {
      const [a, b] = await handles(2);
      try {
        const now = Date.now();
        const record = {
          protocolVersion: '2025-11-25',
          clientCapabilities: { elicitation: {} },
          clientInfo: { name: 'c' },
        };
        await a!.sessions.save('sess-1', record, now + 1000);
        expect(await b!.sessions.load('sess-1', now)).toEqual(record);
        expect(await b!.sessions.touch('sess-1', now + 5000, now)).toBe(true);
        expect(await a!.sessions.load('sess-1', now + 2000)).toEqual(record);
        expect(await a!.sessions.load('sess-1', now + 5000)).toBeUndefined();
        expect(await a!.sessions.touch('sess-1', now + 9000, now + 5000)).toBe(false);
        await a!.sessions.save('sess-2', record, now + 1000);
        await b!.sessions.remove('sess-2');
        expect(await a!.sessions.load('sess-2', now)).toBeUndefined();
      } finally {
        await closeAll([a!, b!]);
      }
    });

    it("a client's answer relayed on one handle is collected once on another, only the asked ones, before expiry", async () => {
      const stores = await handles();
      const [a, b] = stores;
      try {
        const now = Date.now();
        const answer = { jsonrpc: '2.0', id: 3, result: { action: 'accept', content: { approve: true } } };
        await a!.sessions.relay('sess-r', '3', answer, now + 60_000);
        await a!.sessions.relay('sess-r', '"x"', { jsonrpc: '2.0', id: 'x', result: {} }, now + 60_000);
        await a!.sessions.relay('sess-r', '4', { jsonrpc: '2.0', id: 4, result: {} }, now + 1000);
        expect(await b!.sessions.collect('sess-other', ['3'], now)).toEqual([]);
        const taken = await Promise.all(
          stores.map((s) => s.sessions.collect('sess-r', ['3', '4'], now + 2000)),
        );
        expect(taken.flat()).toEqual([answer]);
        expect(await b!.sessions.collect('sess-r', ['"x"'], now)).toHaveLength(1);
        // A second answer to one request, while the first waits to be collected, does not replace it.
        const decline = { jsonrpc: '2.0', id: 5, result: { action: 'decline' } };
        await a!.sessions.relay('sess-r', '5', decline, now + 60_000);
        await b!.sessions.relay('sess-r', '5', answer, now + 60_000);
        expect(await b!.sessions.collect('sess-r', ['5'], now)).toEqual([decline]);
      } finally {
        await closeAll(stores);
      }
    });

    it('the audit trail: begin, ops in order, complete once, query, export; secrets never stored', async () => {
      const [a, b] = await handles(2);
      try {
        const since = new Date(Date.now() - 1);
        const txId = await a!.audit.begin({
          tool: 'aws_execute',
          action: 'invoke',
          sessionId: 's-1',
          service: 'secretsmanager',
          operation: 'CreateSecret',
          region: 'eu-west-1',
          roleArn: 'arn:aws:iam::123456789012:role/mcp-developer',
          decision: { effect: 'allow', reason: 'read' },
          approval: { method: 'not-required' },
          request: { Name: 'db', SecretString: 'hunter2' },
        });
        const op1 = await a!.audit.op(txId, {
          kind: 'call',
          attempt: 1,
          httpStatus: 500,
          errorCode: 'Throttling',
        });
        const op2 = await a!.audit.op(txId, {
          kind: 'call',
          attempt: 2,
          httpStatus: 200,
          awsRequestId: 'r-1',
        });
        await a!.audit.complete(txId, {
          status: 'succeeded',
          httpStatus: 200,
          response: { ARN: 'arn:x', SecretString: 'hunter2' },
        });
        expect((await rejection(a!.audit.complete(txId, { status: 'failed' }))).code).toBe(
          'AuditUnavailable',
        );
        const entry = await b!.audit.get(txId);
        expect(entry).toMatchObject({
          txId,
          status: 'succeeded',
          service: 'secretsmanager',
          sessionId: 's-1',
          roleArn: 'arn:aws:iam::123456789012:role/mcp-developer',
          decision: { effect: 'allow', reason: 'read' },
          approval: { method: 'not-required' },
          request: { Name: 'db', SecretString: REDACTED },
          response: { ARN: 'arn:x', SecretString: REDACTED },
        });
        expect(entry!.ops.map((o) => [o.opId, o.seq, o.httpStatus])).toEqual([
          [op1, 1, 500],
          [op2, 2, 200],
        ]);
        expect(JSON.stringify(entry)).not.toContain('hunter2');
        expect((await b!.audit.list({ since })).map((e) => e.txId)).toContain(txId);
        const exported = [];
        for await (const e of b!.audit.export({ since })) exported.push(e.txId);
        expect(exported).toContain(txId);
      } finally {
        await closeAll([a!, b!]);
      }
    });

    it('a completion carries op rows in its commit: numbered after the recorded ones, written once', async () => {
      const stores = await handles();
      try {
        const txId = await stores[0]!.audit.begin({ service: 'dynamodb', operation: 'Scan' });
        const first = await stores[0]!.audit.op(txId, { kind: 'page', operation: 'dynamodb:Scan' });
        const named = {
          kind: 'page',
          operation: 'dynamodb:Scan',
          opId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c',
        };
        const ops = [named, { kind: 'page', operation: 'dynamodb:Scan', httpStatus: 200, durationMs: 2.5 }];
        // Ten completions of one transaction race over five handles: one wins, its rows once.
        const results = await Promise.allSettled(
          Array.from({ length: 10 }, (_, i) =>
            stores[i % HANDLES]!.audit.complete(txId, { status: 'succeeded', httpStatus: 200 }, ops),
          ),
        );
        const won = results.filter((r) => r.status === 'fulfilled');
        expect(won).toHaveLength(1);
        const ids = (won[0] as PromiseFulfilledResult<string[]>).value;
        expect(ids[0]).toBe(named.opId);
        for (const r of results.filter((x) => x.status === 'rejected')) {
          expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'AuditUnavailable' });
        }
        const entry = await stores[1]!.audit.get(txId);
        expect(entry).toMatchObject({ status: 'succeeded', httpStatus: 200 });
        expect(entry!.ops.map((o) => [o.opId, o.seq])).toEqual([
          [first, 1],
          [ids[0], 2],
          [ids[1], 3],
        ]);
        expect(entry!.ops[2]).toMatchObject({ httpStatus: 200, durationMs: 2.5 });
        const none = await stores[2]!.audit.begin({ service: 's3', operation: 'ListBuckets' });
        expect(await stores[2]!.audit.complete(none, { status: 'failed' }, [])).toEqual([]);
        expect((await stores[3]!.audit.get(none))!.ops).toEqual([]);
      } finally {
        await closeAll(stores);
      }
    });

    it('a completion with op rows in an outage writes none of it; once back, all of it', async () => {
      const [a] = await handles(1);
      try {
        const txId = await a!.audit.begin({ service: 'dynamodb', operation: 'GetItem' });
        const ops = [{ kind: 'call', operation: 'dynamodb:GetItem', httpStatus: 200 }];
        const restore = await underTest().outage();
        let restored = false;
        try {
          const codes = ['AuditUnavailable', 'StateUnavailable'];
          expect(codes).toContain(
            (await rejection(a!.audit.complete(txId, { status: 'succeeded' }, ops))).code,
          );
          await restore();
          restored = true;
        } finally {
          if (!restored) await restore();
        }
        expect(await a!.audit.get(txId)).toMatchObject({ status: 'started', ops: [] });
        const [opId] = await a!.audit.complete(txId, { status: 'succeeded' }, ops);
        const entry = await a!.audit.get(txId);
        expect(entry).toMatchObject({ status: 'succeeded' });
        expect(entry!.ops.map((o) => [o.opId, o.seq, o.operation])).toEqual([[opId, 1, 'dynamodb:GetItem']]);
      } finally {
        await a!.close();
      }
    });

    it('a failing store is a clear error, and the store serves again once it is back', async () => {
      const [a] = await handles(1);
      try {
        const now = Date.now();
        const { token } = await issue(a!, 'token', now);
        const restore = await underTest().outage();
        let restored = false;
        try {
          const codes = ['AuditUnavailable', 'StateUnavailable'];
          expect(codes).toContain(
            (await rejection(a!.audit.begin({ service: 's3', operation: 'ListBuckets' }))).code,
          );
          expect((await rejection(a!.approvals.redeem(token, binding(a!), now))).code).toBe(
            'StateUnavailable',
          );
          expect((await rejection(a!.nonces.add('n-out', now + 1000))).code).toBe('StateUnavailable');
          expect((await rejection(a!.rateCounters.add('calls:out', 1, 60_000))).code).toBe(
            'StateUnavailable',
          );
          await restore();
          restored = true;
        } finally {
          if (!restored) await restore();
        }
        expect(await a!.approvals.redeem(token, binding(a!), Date.now())).toMatchObject({ ok: true });
        const txId = await a!.audit.begin({ service: 's3', operation: 'ListBuckets' });
        await a!.audit.complete(txId, { status: 'succeeded' });
      } finally {
        await a!.close();
      }
    });
  });
}
