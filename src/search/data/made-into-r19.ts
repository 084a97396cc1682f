// Data: "make the bucket public", "make the warehouse publicly accessible", "make the queue
// encrypted" (issue 16, round 19). "make" followed by a thing that already exists (a
// definite determiner: the, our, this) and then a state word puts that thing into the state: a
// setting of it changes. Read as "make" alone, it created a new one (CreateBucket, CreateCluster).
// "make a public bucket" still creates. Read by src/search/made-into.ts; each example must find its
// operation in the top five (test/integration/search/paraphrase-r19-mid.test.ts).

export const MADE_INTO = {
  /** The verbs that put their object into a state named after it. */
  verbs: new Set(['make', 'render']),
  /** Words that say the object exists already. */
  determiners: new Set(['the', 'our', 'my', 'this', 'that', 'these', 'those', 'its', 'their', 'your', 'all']),
  /** Things yet to come ("make all NEW volumes encrypted"): a default for them, read elsewhere. */
  notYet: new Set(['new', 'future', 'upcoming']),
  /** States a setting puts a thing in ("reachable from a subnet" is left out: a mount target or
   * an endpoint is made for that). */
  states: new Set([
    'public',
    'private',
    'publicly',
    'privately',
    'immutable',
    'mutable',
    'encrypted',
    'read-only',
    'readonly',
    'unencrypted',
    'writable',
    'visible',
    'invisible',
    'hidden',
    'discoverable',
    'internal',
    'internet-facing',
    'versioned',
    'redundant',
    'default',
  ]),
  /** A setting changed: modified, updated, put or set; switching a feature on is near. */
  weights: { modify: 1, update: 1, put: 0.9, set: 0.9, enable: 0.6, start: 0.4 },
  why: 'making a thing that exists public, private, encrypted or reachable changes a setting of it; it does not create another',
  example: ['make the ami ami-0abc1234 public', 'ec2:ModifyImageAttribute'],
} as const;
