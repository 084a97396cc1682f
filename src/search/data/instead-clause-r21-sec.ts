// Data: a clause that ends with "instead" after a clause break is the request, the clause
// before it the practice it replaces (issue 16, round 21): "stop leaking the db password in
// environment variables, keep it somewhere safe instead" asks to store a secret, not to stop
// anything; "don't hardcode the api key in the function, read it from parameter store instead"
// asks for the read. Cut by want-clause.ts; the example is tested in
// test/integration/search/instead-clause-r21-sec.test.ts.

import type { Reasoned } from './reasoned.js';

export const INSTEAD_CLAUSE: Reasoned & {
  /** The last words of the replacing clause (before an optional full stop). */
  readonly endings: readonly string[];
} = {
  endings: ['instead'],
  why: 'in "<old practice>, <new one> instead" the new practice is the task; the old one is only why',
  example: [
    'quit pasting the api token into the build script, keep it in secrets manager instead',
    'secretsmanager:CreateSecret',
  ],
};
