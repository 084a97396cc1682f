// Data: a named container after of/for/in/by (issue 16, round 15; src/search/named-container.ts).
// "groups for iam user alice", "targets of eventbridge rule nightly-cleanup": the words after the
// preposition are a kind typed with the user's name or id for one of them, so they say where the
// things asked for are, and the operation named List<X>For<Y>/By<Y>/In<Y> reads them. Only a kind
// followed by a name or id counts: "the status of the last execution" names no container. Each
// entry says why and gives a query that must rank its operation first
// (test/integration/search/named-container-r15.test.ts).

import type { Reasoned } from './reasoned.js';

/** Prepositions before a named container: the things typed before them sit in it. */
export const NAMED_CONTAINER_WORDS: Readonly<Record<string, Reasoned>> = {
  of: {
    why: '"the targets of rule X": the things belong to the one named thing',
    example: ['the targets of eventbridge rule orders-fanout', 'events:ListTargetsByRule'],
  },
  for: {
    why: '"the groups for user X": the things tied to the one named thing',
    example: ['list the groups for iam user alice-admin', 'iam:ListGroupsForUser'],
  },
  in: {
    why: '"the things in thing group X": the things inside the one named thing',
    example: ['things in iot thing group line-7', 'iot:ListThingsInThingGroup'],
  },
  by: {
    why: '"recovery points by backup vault X": AWS\'s own List<X>By<Y> wording',
    example: ['recovery points by backup vault vault-eu-1', 'backup:ListRecoveryPointsByBackupVault'],
  },
};

/** Most words a kind typed before the name spans ("backup vault", "iot thing group"). */
export const CONTAINER_KIND_WORDS = 3;

/**
 * A noun phrase with no verb that names things of a named container asks to see them: the read
 * answers it, not a change ("groups for iam user alice" is not CreateGroup).
 */
export const VERBLESS_LISTING: Reasoned = {
  why: 'things of a named container, typed with no verb, are asked to be seen',
  example: ['instance profiles for role batch-worker-role', 'iam:ListInstanceProfilesForRole'],
};
