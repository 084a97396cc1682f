// Data: words that make a request a standing rule for the things a container holds or will hold
// ("keep every version of the objects", "encrypt every new object by default", "shove files older
// than 90 days into glacier"): the task sets the container's rule (Put*Configuration, Enable*,
// Update*), not an act on, or a read of, the things named now (standing-rule.ts). Tested in
// test/integration/search/standing-rule-r17-para.test.ts.

import type { Reasoned } from './reasoned.js';

export const STANDING_RULE: Reasoned & {
  /** Phrases (lower-case words) that say the task is a rule for things to come or of a kind. */
  readonly markers: readonly string[];
  /** Words of a time after a number: "older than 90 days" names things by age, a rule's scope. */
  readonly ageUnits: ReadonlySet<string>;
  /** The verbs a rule is set with, as a typed verb weighs them. */
  readonly verbs: Readonly<Record<string, number>>;
  /** Share of their weight the verbs keep beside a typed verb: the typed one says more. */
  readonly besideTyped: number;
  /** Share of their weight the marker words keep as terms: they say when, not what. */
  readonly markerShare: number;
} = {
  markers: [
    // "automatically" alone says how a thing works ("learn the shape ... automatically"), not
    // which things a rule is for: it is not a marker
    'by default',
    'from now on',
    'going forward',
    'every new',
    'all new',
    'any new',
    'all future',
    'every future',
    'keep every',
    'keep all',
  ],
  ageUnits: new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']),
  verbs: { put: 1, enable: 0.9, update: 0.7, set: 0.7, modify: 0.6, create: 0.5 },
  besideTyped: 0.5,
  markerShare: 0.3,
  why: 'a rule for every (new, old, future) thing a container holds is the container setting, not a read of the things',
  example: ['keep every version of the files in s3 team-docs', 's3:PutBucketVersioning'],
};
