// Data: when a thing the user named is one to make (src/search/named-kinds.ts). A resource
// named with its kind ("to topic ops-alerts", "deploy stack set baseline-guardrails", "give the
// ci-bot user a key") is one already there, so making a thing of that kind (CreateTopic,
// CreateStackSet, CreateUser) answers another task, unless the words before the kind say it is
// new ("a", "new", "create", "named"). Each entry says why and gives a query that a test checks.

import type { Reasoned } from './reasoned.js';

export const NEW_THING_MARKERS: Reasoned & { readonly words: ReadonlySet<string>; readonly reach: number } = {
  words: new Set([
    ...['a', 'an', 'new', 'another', 'named', 'called', 'fresh'],
    ...['create', 'make', 'provision', 'register', 'up', 'build', 'define', 'add', 'launch'],
  ]),
  /** How many words before the kind (or the name, when it comes first) may say it is new. */
  reach: 2,
  why: 'a name given with "a", "new" or a making verb names the thing to make, not one already there',
  example: ['create topic ops-alerts for the on-call team', 'sns:CreateTopic'],
};

/** Most words a kind typed before a name spans ("stack set", "replication group"). */
export const KIND_WORDS_BEFORE_NAME = 2;

export const NAMED_KIND: Reasoned = {
  why: 'a resource named with its kind exists: the task acts on it or in it, making another of its kind is another task',
  example: ['subscribe https://hooks.example.com/alerts to topic ops-alerts', 'sns:Subscribe'],
};
