// Data: two more ways people name the container of the things they ask for (issue 16, round 16;
// src/search/named-container.ts). Round 15 read "the builds for codebuild project X"; people
// also put a relative clause between the things and the preposition ("the builds THAT RAN for
// project X") and type the name before its kind ("the builds of the web-frontend PROJECT"). Both
// say the same: the things sit in the one named thing, so List<X>For<Y> reads them, not List<X>
// over the whole account. Each entry says why and gives a query that must rank its operation
// first (test/integration/search/named-container-r16.test.ts).

import type { Reasoned } from './reasoned.js';

/**
 * Relative pronouns: "<things> that <verb> [<word>] <preposition> <kind> <name>" still says
 * which set sits in the container; the verb between only says how they relate to it.
 */
export const RELATIVE_PRONOUNS: Readonly<Record<string, Reasoned>> = {
  that: {
    why: '"the builds that ran for project X": the builds of project X',
    example: ['show me the builds that ran for codebuild project api-svc', 'codebuild:ListBuildsForProject'],
  },
  which: {
    why: '"the subscriptions which exist for topic X": the subscriptions of topic X',
    example: ['list subscriptions which exist for sns topic billing-alerts', 'sns:ListSubscriptionsByTopic'],
  },
};

/** Most words of the relative clause between the things and the preposition ("that ran", "that were started"). */
export const RELATIVE_CLAUSE_WORDS = 3;

/**
 * A user's name typed before its kind, after a preposition and a determiner, closing the query:
 * "the builds of the web-frontend project" names project web-frontend, as "project web-frontend" does.
 */
export const NAME_BEFORE_KIND: Reasoned = {
  why: '"of the web-frontend project" names the project as "of project web-frontend" does',
  example: ['list the builds of the api-svc project', 'codebuild:ListBuildsForProject'],
};
