// Data: how people ask for operations (see ../asked.ts), round 21 of the long tail: who may use
// a managed Grafana workspace is its permissions list (its users and groups by role), not the
// workspace's own description, written from the operation's documentation.

import type { AskedEntry } from './types.js';

export const ASKED_TAIL_R21: readonly AskedEntry[] = [
  {
    op: 'grafana:ListPermissions',
    asked:
      'who has access to the workspace, which users and groups are admins, editors or viewers, who can log in to grafana, roles of users in the workspace',
    example: 'which people are admins or editors of grafana workspace g-abc123',
  },
];
