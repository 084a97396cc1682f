// Data: verbs of round 19 (paraphrases for the services below the best-known twenty): taking
// something given away again. "take away the contractor's access", "take away the role" revoke or
// remove what was granted, where the bare verb read nothing and the grant itself ranked first.
// Merged into VERB_SYNONYMS (data/verbs.ts) through EVERYDAY_AND_LATER like
// data/verbs-everyday.ts; each example must find its operation in the top five
// (test/integration/search/paraphrase-r19-mid.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

/** Undoing a grant or an assignment: the thing given is revoked, removed or its link deleted. */
const TAKE_BACK = {
  revoke: 1,
  remove: 1,
  delete: 0.9,
  detach: 0.8,
  disassociate: 0.8,
  deregister: 0.5,
};

/** Undoing a change or a release: rolled back, or the change in progress stopped or cancelled. */
const UNDO = { rollback: 1, revert: 1, cancel: 0.8, restore: 0.6, stop: 0.5 };

export const R19_MID_VERBS: Readonly<Record<string, EverydayVerb>> = {
  undo: {
    weights: UNDO,
    why: 'undoing a release or a change rolls it back (or stops and cancels it while it runs); the word is not a name part of any operation',
    example: ['undo the failed update of stack web-prod', 'cloudformation:RollbackStack'],
  },
  'take away': {
    weights: TAKE_BACK,
    why: 'taking away access or a permission someone was given revokes or removes it; it never grants',
    example: [
      'take away the intern group access to account 111122223333 in identity center',
      'sso-admin:DeleteAccountAssignment',
    ],
  },
  'take back': {
    weights: TAKE_BACK,
    why: 'taking back what was handed out (access, a share, a grant) revokes it, as taking it away does',
    example: ['take back the kms grant we gave the backup role', 'kms:RevokeGrant'],
  },
};
