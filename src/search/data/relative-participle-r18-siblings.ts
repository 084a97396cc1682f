// Data: a past participle right after the things it describes and tied to another thing by a
// preposition ("policies ATTACHED to role x", "rules SET on subscription y") is a reduced relative
// clause: it says which existing things are meant, so it is not the task's verb
// (relative-participle.ts). test/integration/search/relative-participle-r18.test.ts checks each
// entry's example.

import type { Reasoned } from './reasoned.js';

/** Prepositions that tie the described things to the thing they hang on. */
export const RELATIVE_TIES: Reasoned & { readonly words: ReadonlySet<string> } = {
  words: new Set(['to', 'with', 'on', 'onto', 'into', 'in', 'inside', 'under', 'by', 'from', 'for']),
  why: '"X attached to Y", "X associated with Y", "X stored in Y": the participle and its tie say where the things are; nobody asks to attach by putting the thing attached first',
  example: ['managed policies attached to role deploy-bot', 'iam:ListAttachedRolePolicies'],
};

/**
 * Participles that also read as present-tense verbs or nouns ("set", "put", "run"): after a noun
 * and before a tie they describe the thing too ("the filter policy set on subscription x").
 */
export const BARE_PARTICIPLES: Reasoned & { readonly words: ReadonlySet<string> } = {
  words: new Set(['set', 'put', 'kept', 'held', 'bound', 'built', 'sent', 'found', 'given', 'shown']),
  why: 'irregular participles have no -ed; "the filter policy set on subscription x" names the settings to read, the verb is "show"',
  example: ['show the filter policy set on an SNS subscription', 'sns:GetSubscriptionAttributes'],
};

/**
 * Tie words in operation names that group by a thing rather than point from it to what holds it
 * (container-scope.ts tiedToThing): DescribeComplianceByConfigRule lists compliance per rule, so
 * "which config rules are non-compliant in this account" still fits it.
 */
export const GROUPING_TIES: Reasoned & { readonly words: ReadonlySet<string> } = {
  words: new Set(['by']),
  why: 'X By Y lists X grouped by Y; only For/In/Of point from the thing named after them to what it sits in',
  example: ['which config rules are non-compliant in this account', 'config:DescribeComplianceByConfigRule'],
};

/**
 * Prepositions after which a noun made from a verb (execution, deployment, invocation) is the
 * noun: no order follows "of" or "for" (verb-finder.ts derivedNoun).
 */
export const NOUN_TIES: Reasoned & { readonly words: ReadonlySet<string> } = {
  words: new Set(['of', 'for', 'per', 'from']),
  why: '"events of execution x", "logs for deployment d-1": after a tie the -tion/-ment word names the thing, the task reads it',
  example: [
    'events for execution arn:aws:states:eu-west-1:111122223333:execution:billing:nightly',
    'stepfunctions:GetExecutionHistory',
  ],
};

/**
 * Names of identifiers: the word before them is the kind of thing they identify ("build ids",
 * "run arns"), a noun even when it spells a verb; the ids of a kind are listed.
 */
export const ID_NOUNS: Reasoned & { readonly words: ReadonlySet<string> } = {
  words: new Set(['ids', 'arns', 'identifiers']),
  why: 'nobody orders "build ids": a verb word before ids/arns names what they are of, and their list is asked for',
  example: ['run ids of glue job daily-sales', 'glue:GetJobRuns'],
};
