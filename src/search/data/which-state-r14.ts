// Data: "which X are <in state Y>" questions (issue 16, round 14; src/search/which-state.ts).
// "which emr clusters are waiting for steps", "which healthlake fhir stores are active": the
// things asked for are named before the copula, and the words after it only say the state they
// are picked by. The read of those things answers (emr:ListClusters), not an operation named for
// a word of the state (emr:ListSteps). Each entry says why and gives a query that must rank its
// operation first (test/integration/search/which-state-r14.test.ts).

import type { Reasoned } from './reasoned.js';

/** Openers of a question that picks things out of a set. */
export const WHICH_OPENERS: ReadonlySet<string> = new Set(['which', 'what']);

/** Copulas between the things asked for and the state that picks them. */
export const WHICH_COPULAS: ReadonlySet<string> = new Set(['are', 'is', 'were', 'was']);

/** The copulas of a set: "which stores ARE active" asks for the list of them. */
export const PLURAL_COPULAS: ReadonlySet<string> = new Set(['are', 'were']);

/**
 * Words that may open the state after the copula without being it ("are STILL creating",
 * "are CURRENTLY stopped", "are BEING deleted", "are NOT healthy").
 */
export const STATE_LEADS: ReadonlySet<string> = new Set([
  'still',
  'currently',
  'now',
  'being',
  'not',
  'already',
  'all',
  'in',
]);

/** Words that may follow the state and only say when: "which clusters are idle right now". */
export const STATE_TAILS: ReadonlySet<string> = new Set(['right', 'now', 'yet', 'currently', 'today', 'at']);

/**
 * States typed after the copula that are neither a participle nor an -ing word nor a state of
 * data/status-words.ts: each picks things by their state, never names an operation.
 */
export const WHICH_STATES: Readonly<Record<string, Reasoned>> = {
  idle: {
    why: 'a thing that does no work right now, a state of it',
    example: ['which emr clusters are idle', 'emr:ListClusters'],
  },
  pending: {
    why: 'a thing waiting to start, a state of it',
    example: ['which batch jobs are pending', 'batch:ListJobs'],
  },
  service: {
    why: '"in service": a SageMaker endpoint serving traffic, its state',
    example: ['which sagemaker endpoints are in service', 'sagemaker:ListEndpoints'],
  },
  expired: {
    why: 'a certificate or token past its end, a state of it',
    example: ['which acm certificates are expired', 'acm:ListCertificates'],
  },
};
