// Data: how agents and busy people lay out a long request (request-sentence.ts). A few sentences
// of situation, then the request; or labelled lines ("Goal: ... Constraint: ... Task: ...").
// The sentence that holds the request is read as the query; the others only lend their services
// and, at a small weight, their words. Each entry says why and has an example that
// test/integration/search/request-sentence-r15.test.ts checks.

import type { Reasoned } from './reasoned.js';

/** Labels that open the sentence holding the request: it is read as the query. */
export const REQUEST_LABELS: Readonly<Record<string, Reasoned>> = {
  task: {
    why: 'an agent prompt names what to do after "Task:", whatever the goal and constraints around it say',
    example: [
      'Goal: keep costs down. Constraint: no downtime. Task: stop the idle dev instances now.',
      'ec2:StopInstances',
    ],
  },
  question: {
    why: 'what is asked follows "Question:", after the background that explains it',
    example: [
      'Background: the team moved to a new bucket last week. Question: who can read the old bucket according to its policy?',
      's3:GetBucketPolicy',
    ],
  },
  request: {
    why: 'a ticket names what is wanted after "Request:", after describing the situation',
    example: [
      'Situation: our nightly build broke after a dependency bump. Request: start a new build of the codebuild project.',
      'codebuild:StartBuild',
    ],
  },
  ask: {
    why: 'a chat hand-off names what is wanted after "Ask:"',
    example: [
      'Context: a new analyst joined the team today. Ask: add her iam user to the analysts group.',
      'iam:AddUserToGroup',
    ],
  },
  goal: {
    why: 'with no Task or Question label, the goal is the request, and the constraints only narrow it',
    example: [
      'Goal: turn on versioning for the reports bucket. Constraint: this bucket only, nothing else changes.',
      's3:PutBucketVersioning',
    ],
  },
};

/** Labels that open a sentence of situation: never the request, whatever its words. */
export const CONTEXT_LABELS: ReadonlySet<string> = new Set([
  'context',
  'background',
  'constraint',
  'constraints',
  'situation',
  'note',
  'notes',
  'symptom',
  'symptoms',
  'log',
  'error',
  'observed',
]);

/** Labels of two words ("log line:", "error message:"), read as the first word's. */
export const TWO_WORD_LABELS: ReadonlySet<string> = new Set(['log line', 'error message', 'stack trace']);

/**
 * First words of a sentence that states the situation rather than asks ("The task keeps
 * stopping.", "We run ElastiCache ..."): an unlabelled sentence opening so is context, unless it
 * ends with a question mark or wants something (REQUEST_OPENERS).
 */
export const STATEMENT_OPENERS: ReadonlySet<string> = new Set([
  'we',
  "we're",
  "we've",
  'our',
  'the',
  'this',
  'that',
  'these',
  'there',
  "there's",
  'it',
  "it's",
  'they',
  'their',
  'someone',
  'somebody',
  'everything',
  'nothing',
  'an',
  'a',
  'my',
  "i'm",
  "i've",
  'yesterday',
  'today',
  'since',
  'after',
  'last',
]);

/** Openings of a sentence that wants something although it opens like a statement ("I want ..."). */
export const REQUEST_OPENERS: readonly string[] = [
  'i want',
  'i need',
  "i'd like",
  'i would like',
  'we want',
  'we need',
  "we'd like",
  'we would like',
  'please',
];

/**
 * Openings of a request that points back at the sentence before it ("Each member account has to
 * be added. Do that for these accounts."): that sentence says what to do, so both are read.
 */
export const POINTING_BACK: readonly string[] = [
  'do that',
  'do this',
  'do it',
  'go ahead',
  'make it so',
  'make that happen',
];

/** Fewest words a query needs before its sentences are told apart: a short one is one request. */
export const LONG_QUERY_WORDS = 14;

/** Share of their weight the other sentences' words keep: they say where, not what. */
export const CONTEXT_TERM_SHARE = 0.3;

/** Share of its boost a service named only in the other sentences keeps when the request names one. */
export const CONTEXT_SERVICE_SHARE = 0.6;
