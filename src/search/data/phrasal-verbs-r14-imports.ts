// Data: moving something the user already has into AWS ("get my ssh key INTO aws", "bring our
// certificate INTO acm"): the thing exists elsewhere, so the call that takes it in is an Import
// (ImportKeyPair, ImportCertificate, ImportImage), not a Get or a Create. Split around their
// object as data/phrasal-verbs.ts reads them; each entry says why and gives an example query
// that must find its operation in the top five (test/integration/search/imports-r14.test.ts).

import type { PhrasalVerb } from './phrasal-verbs.js';

/** Taking in what exists elsewhere: its Import, else an upload or a registration of it. */
const TAKE_IN = { import: 1, upload: 0.6, register: 0.5, load: 0.5 };

/**
 * Data that keeps flowing ("bring salesforce records into connect every hour") is brought in by
 * a flow or an integration the task sets up, not imported once: these words undo the reading.
 */
const FLOWING = ['records', 'data', 'rows', 'events', 'messages', 'logs', 'metrics'];

export const R14_IMPORT_PHRASAL_VERBS: Readonly<Record<string, PhrasalVerb>> = {
  'get into': {
    weights: TAKE_IN,
    unlessBetween: FLOWING,
    why: 'getting a thing you have into aws takes it in: its Import, not a Get',
    example: ['get my existing ssh public key into aws', 'ec2:ImportKeyPair'],
  },
  // not "move into": moving an account into an OU or a volume into a zone moves it inside aws
  'bring into': {
    weights: TAKE_IN,
    unlessBetween: FLOWING,
    why: 'bringing a thing made elsewhere into aws imports it',
    example: ['bring our own tls certificate from digicert into aws', 'acm:ImportCertificate'],
  },
};
