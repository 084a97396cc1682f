// Properties of the binding: a token redeems for a payload whose canonical JSON equals the one it
// was issued for (key order never matters), for no other payload, only once, and only for the
// caller (principal and session) it was issued to; no caller binding is not a wildcard.

import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { canonicalJson, hashPayload } from '../../../src/approval/canonical-json.js';
import { ApprovalStore } from '../../../src/approval/token-store.js';
import { openAuditDatabase } from '../../../src/audit/database.js';

/** Any key will do here: these tests hash both sides of a binding with it. */
const TEST_PAYLOAD_KEY = Buffer.alloc(32, 7);

const db = openAuditDatabase(':memory:');
const store = new ApprovalStore(db);
afterAll(() => db.close());

const request = { service: 'dynamodb', operation: 'DeleteTable', region: 'us-east-1', keyParameters: {} };
const payloadArb = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 });

/** The same object with every object's keys in reverse order. */
function reordered(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reordered);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v)
        .reverse()
        .map(([k, x]) => [k, reordered(x)]),
    );
  }
  return v;
}

function bindingFor(payload: unknown) {
  return { ...request, payloadHash: hashPayload(payload, TEST_PAYLOAD_KEY), requireOutOfBand: false };
}

it('redeems once for the same payload in any key order, never for a different one', () => {
  fc.assert(
    fc.property(payloadArb, payloadArb, (payload, other) => {
      const now = Date.now();
      const { token } = store.issue({
        request,
        payloadHash: hashPayload(payload, TEST_PAYLOAD_KEY),
        mode: 'token',
        ttlSeconds: 60,
        now,
      });
      if (canonicalJson(other) !== canonicalJson(payload)) {
        expect(store.redeem(token, bindingFor(other), now)).toMatchObject({ ok: false, reason: 'mismatch' });
      }
      expect(store.redeem(token, bindingFor(reordered(payload)), now).ok).toBe(true);
      expect(store.redeem(token, bindingFor(payload), now)).toMatchObject({ ok: false, reason: 'unknown' });
    }),
    { numRuns: 300 },
  );
});

it('redeems only for the caller it was issued to, with or without a binding on either side', () => {
  // Caller keys are never empty (mcp/caller-key.ts); an absent one is stored as ''.
  const callerArb = fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: undefined });
  fc.assert(
    fc.property(callerArb, callerArb, (issuedTo, redeemedBy) => {
      fc.pre(issuedTo !== redeemedBy);
      const now = Date.now();
      const payloadHash = hashPayload({ TableName: 't' }, TEST_PAYLOAD_KEY);
      const { token } = store.issue({
        request,
        payloadHash,
        ...(issuedTo !== undefined ? { sessionId: issuedTo } : {}),
        mode: 'token',
        ttlSeconds: 60,
        now,
      });
      const binding = { ...request, payloadHash, requireOutOfBand: false };
      const other = store.redeem(
        token,
        { ...binding, ...(redeemedBy !== undefined ? { sessionId: redeemedBy } : {}) },
        now,
      );
      expect(other).toMatchObject({ ok: false, reason: 'session' });
      const own = store.redeem(
        token,
        { ...binding, ...(issuedTo !== undefined ? { sessionId: issuedTo } : {}) },
        now,
      );
      expect(own.ok).toBe(true);
    }),
    { numRuns: 300 },
  );
});
