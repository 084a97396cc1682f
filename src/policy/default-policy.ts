// The policy in force when POLICY_PATH is not set: read-only, and reads that reveal secrets or mint
// credentials (`sensitive-read`) need a human yes. Safe to start with; write a policy.yaml to do more.

import { createHash } from 'node:crypto';
import type { Policy } from './types.js';

const NAME = 'builtin:read-only';

export function defaultPolicy(): Policy {
  return Object.freeze({
    version: 1,
    mode: 'read-only',
    services: { deny: new Set<string>() },
    rules: { deny: [] },
    destructivePatterns: [],
    approval: {
      requireFor: new Set(['destructive', 'sensitive-read'] as const),
      ttlSeconds: 3600,
      mode: 'elicit-or-token',
    },
    output: { revealSensitive: false },
    hash: createHash('sha256').update(NAME).digest('hex'),
    source: NAME,
  } satisfies Policy);
}
