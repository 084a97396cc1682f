// Data: how people ask for operations (see ../asked.ts), round 18 questions: whether a
// protection or a lock is on is read from the thing's own description. Operations that already
// had asked words got round 18's added to their entry in place (one entry per operation): a
// stack's termination protection (observability-4.ts), a function's VPC (compute-4.ts), a
// certificate issued (security-4.ts). Written from each operation's documentation.

import type { AskedEntry } from './types.js';

export const ASKED_QUESTIONS_R18: readonly AskedEntry[] = [
  // The vault's access policy won on "vault": whether it is locked (and till when) is in the
  // vault's own description (Locked, MinRetentionDays, LockDate).
  {
    op: 'backup:DescribeBackupVault',
    asked:
      'is the vault locked, vault lock state, locked against deletion, retention a locked vault enforces',
    example: 'is vault lock in compliance mode on the prod-backups vault',
  },
];
