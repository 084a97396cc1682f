// Data: verbs that make a service the one that found something (issue 16, round 21): "did macie
// flag anything in the finance bucket", "what did inspector turn up on our lambda functions",
// "anything caught by guardduty overnight". A service that reports findings, as the subject of
// such a verb (or named after "by" it), is asked for its findings: the things named are where it
// looked. Read by finder-service.ts; examples tested in
// test/integration/search/finder-service-r21-sec.test.ts.

import type { Reasoned } from './reasoned.js';

export const FINDER_VERBS: Reasoned & {
  /** Verb forms, one or two words, right after the service (or before "by" and the service). */
  readonly verbs: readonly string[];
  /** The words a found thing is named by in the operations that list it. */
  readonly found: string;
} = {
  verbs: [
    'flag',
    'flags',
    'flagged',
    'catch',
    'caught',
    'find',
    'found',
    'detect',
    'detected',
    'spot',
    'spotted',
    'turn up',
    'turned up',
    'pick up',
    'picked up',
    'report',
    'reported',
    'raise',
    'raised',
  ],
  found: 'findings',
  why: 'what a security service flagged, caught or turned up is its findings; the things named are where it looked',
  example: ['what did inspector turn up on our lambda functions', 'inspector2:ListFindings'],
};
