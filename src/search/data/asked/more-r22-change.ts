// Data: more asked words (see ../asked.ts) for operations that already have an entry, added in
// issue 16 round 22: the change asked by the problem it fixes ("people get logged out too soon",
// "the tag keeps being overwritten"), not by its name. Each joins the operation's own asked words
// (asked-twins.ts); each example must rank its operation first
// (test/integration/search/concepts-r22-change.test.ts).

import type { AskedEntry } from './types.js';

export const ASKED_MORE_R22_CHANGE: readonly AskedEntry[] = [
  {
    op: 'cognito-idp:UpdateUserPoolClient',
    asked:
      'how long people stay signed in before they must log in again, sessions last a day or a week, refresh token lifetime, users get logged out too soon',
    example: 'app users have to sign in again every hour, let their login last 30 days',
  },
  {
    op: 'elasticache:ModifyReplicationGroup',
    asked:
      'keep redis backups longer, how many days automatic snapshots are kept, snapshot retention, backups only kept one day, change the backup window',
    example: 'automatic snapshots of the sessions redis group are kept 1 day, keep them 7',
  },
];
