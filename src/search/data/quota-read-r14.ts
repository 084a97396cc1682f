// Data: a question about the account's own limit on a thing ("how close am I to my vCPU limit",
// "what's our spot instance vcpu quota"). Service Quotas holds the applied value of every quota, so its GetServiceQuota
// answers beside the service's own limit read (quota-read.ts); a raise is quota-raise.ts's.
// Tested in test/integration/search/quota-read-r14.test.ts.

import type { Reasoned } from './reasoned.js';

export const QUOTA_READ: Reasoned & {
  /** Words that name a limit outright. */
  readonly limitWords: ReadonlySet<string>;
  /** Words that make it the account's limit ("our", "my"), not AWS's default. */
  readonly ownWords: ReadonlySet<string>;
  /** Words of a change to the limit asked about ("my quota increase request"): another read. */
  readonly unless: ReadonlySet<string>;
  /** The answer's service and words (its read of the applied value). */
  readonly services: readonly string[];
  readonly terms: string;
} = {
  // round 19: the everyday words for a limit ("the cap on vcpus", "our ceiling for buckets")
  limitWords: new Set(['quota', 'quotas', 'limit', 'limits', 'cap', 'caps', 'ceiling', 'ceilings']),
  ownWords: new Set(['our', 'my', 'we', 'i', 'am', 'us']),
  unless: new Set(['increase', 'increases', 'request', 'requests', 'raise', 'raised', 'raising']),
  services: ['service-quotas'],
  terms: 'service quota',
  why: "the account's applied limit on a thing is a quota Service Quotas reads, beside the service's own limits read",
  example: ["what's our spot instance vcpu quota", 'service-quotas:GetServiceQuota'],
};
