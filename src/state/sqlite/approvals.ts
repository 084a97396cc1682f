// Confirmation tokens on SQLite: the existing ApprovalStore (approval/token-store.ts), unchanged,
// behind the async port. Its writes are synchronous, so each one is done when the promise exists.

import type { ApprovalStore } from '../../approval/token-store.js';
import type { ApprovalTokens } from '../ports.js';
import { guarded } from '../unavailable.js';

export function sqliteApprovalTokens(store: ApprovalStore): ApprovalTokens {
  return {
    payloadHash: (payload) => store.payloadHash(payload),
    issue: (input) => guarded('approval issue', () => store.issue(input)),
    redeem: (token, binding, now) => guarded('approval redeem', () => store.redeem(token, binding, now)),
    decide: (id, state, d) => guarded('approval decide', () => store.decide(id, state, d)),
    reject: (id) => guarded('approval reject', () => store.reject(id)),
    get: (id) => guarded('approval get', () => store.get(id)),
    open: (now) => guarded('approval list', () => store.open(now)),
  };
}
