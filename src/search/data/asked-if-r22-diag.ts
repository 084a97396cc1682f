// Data: round 22's indirect questions (src/search/managed-by.ts). People debugging ask through a
// verb of finding out: "work out whether the role is permitted to read the bucket", "check if the
// user can write to the queue". "whether the" / "if the" open the question that "can the role ..."
// opens (data/managed-by-r17-cross-watch.ts): whether a role or user may do an act is answered by
// IAM's policy simulator, and the request only looks. Tested in
// test/integration/search/asked-if-r22-diag.test.ts.

import type { ManagedBy } from './managed-by-r16-services.js';

/** Verbs of an act a principal may or may not be allowed (stems, prefixes). Not "access": "if the
 * user's access key is active" asks about the key. */
const ACTS = [
  'read',
  'write',
  'put',
  'get',
  'call',
  'invok',
  'list',
  'allow',
  'permit',
  'terminat',
  'decrypt',
];

export const MANAGED_BY_R22_DIAG: readonly ManagedBy[] = [
  {
    phrases: ['whether the', 'if the'],
    also: [['role', 'user'], ACTS],
    unless: ['key', 'group', 'exist'],
    services: ['iam'],
    terms: 'simulate principal policy',
    head: 'simulate',
    verb: { word: 'simulate', looks: true },
    why: 'an indirect question whether a role or user may do an act ("check whether the role can read the bucket") is answered by IAM’s policy simulator, as the direct one is',
    example: [
      'check whether the lambda role is allowed to write to the orders queue',
      'iam:SimulatePrincipalPolicy',
    ],
  },
];
