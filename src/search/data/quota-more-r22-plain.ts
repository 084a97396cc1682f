// Data: asking for more of a kind than an account now allows, in words that name no limit ("can we
// get more than 5 elastic ips?", "we need more than 10 vpcs in this region"): a count of things
// AWS caps per account, wanted past the cap, is a Service Quotas increase (quota-raise.ts), as
// "raise the limit" is. Tested in test/integration/search/quota-more-r22-plain.test.ts.

import type { Reasoned } from './reasoned.js';

export const QUOTA_MORE: Reasoned & {
  /** Verbs that ask to have more of a kind; one must stand at most `span` words before "more than". */
  readonly asks: ReadonlySet<string>;
  readonly span: number;
  /** Words after the number that measure an amount, a time or a share: a setting or a threshold, not a count of things. */
  readonly units: ReadonlySet<string>;
  /** Words after the counted noun that make it a rate ("1000 requests per second"): a throttle, not a quota. */
  readonly rates: ReadonlySet<string>;
  /**
   * Words before it that make it a condition ("alert when we get more than 100 errors") or a cap
   * the user sets ("never let it run more than 10 at the same time"), not a wish for more.
   */
  readonly conditions: ReadonlySet<string>;
  readonly notThings: ReadonlySet<string>;
} = {
  asks: new Set([
    'get',
    'have',
    'need',
    'run',
    'create',
    'launch',
    'make',
    'use',
    'allowed',
    'open',
    'start',
  ]),
  span: 4,
  units: new Set([
    'percent',
    '%',
    'day',
    'days',
    'hour',
    'hours',
    'minute',
    'minutes',
    'second',
    'seconds',
    'ms',
    'times',
    'kb',
    'mb',
    'gb',
    'tb',
    'gib',
    'mib',
    'tib',
    'bytes',
    'characters',
    'chars',
  ]),
  rates: new Set(['per', 'a', 'each', 'every']),
  conditions: new Set([
    'when',
    'whenever',
    'if',
    'once',
    'after',
    'until',
    'never',
    'not',
    'no',
    'cap',
    'max',
  ]),
  /** Words right after the number that are no counted thing ("more than 10 at a time"). */
  notThings: new Set([
    'at',
    'in',
    'on',
    'of',
    'for',
    'to',
    'the',
    'per',
    'concurrently',
    'simultaneously',
    'together',
  ]),
  why: 'a count of things wanted past what the account allows ("more than 5 elastic ips") is an account quota to raise, whichever service the things belong to',
  example: ['can we get more than 5 elastic ips?', 'service-quotas:RequestServiceQuotaIncrease'],
};
