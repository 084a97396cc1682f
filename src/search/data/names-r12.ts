// Data: names people give their resources (src/search/kept-tokens.ts). "the cache-warmer
// function", "give the ci-bot user a key", "stop the notebook-runner instance": two kebab words
// right before the kind of thing they name are that thing's name, and their words (cache, bot,
// notebook) are not the task's; kebab adjectives ("read-only user", "dead-letter queue") are.

import type { Reasoned } from './reasoned.js';

export const NAME_BEFORE_KIND: Reasoned & {
  readonly kinds: ReadonlySet<string>;
  readonly adjectiveEnds: RegExp;
} = {
  /** Kinds of things people name, as typed right after the name. */
  kinds: new Set([
    'user',
    'role',
    'function',
    'lambda',
    'instance',
    'service',
    'stack',
    'rule',
    'bucket',
    'table',
    'queue',
    'topic',
    'cluster',
    'pipeline',
    'repository',
    'repo',
    'job',
    'crawler',
    'server',
    'project',
    'secret',
    'app',
    'distribution',
    'database',
    'db',
    'container',
    'task',
    'schedule',
    'alarm',
    'dashboard',
    'runbook',
    'environment',
  ]),
  // not `workflow`: a workflow's name says its domain ("the order-fulfilment workflow" is Step Functions)
  /** Second words that make a kebab adjective ("read-only", "customer-managed", "on-demand"). */
  adjectiveEnds:
    /(ed|only|letter|scaling|demand|side|wide|time|free|native|ready|level|memory|node|az|region|account|tier|class|type|way|less|ing|able|ible|ful|ary|al)$/,
  why: 'a two-word kebab token right before the kind of thing it names ("the lex-helper function") is its name, not a concept',
  example: ['delete the lex-helper function', 'lambda:DeleteFunction'],
};
