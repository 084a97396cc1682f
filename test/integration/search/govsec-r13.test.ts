// Round-13 kinds of asking in the governance, security and cost services: a limit raised for a
// named service is a Service Quotas request (quota-raise.ts), "which user deleted ..." asks who
// did it (history.ts), a hedged "is guardduty even enabled" still asks whether the service is on
// (service-switch.ts), and "make me a cert" requests a certificate (verb-finder.ts).

import { describe, expect, it } from 'vitest';
import { QUOTA_RAISE } from '../../../src/search/data/quota-raise.js';
import { asksWhoDid } from '../../../src/search/history.js';
import { asksQuotaRaise } from '../../../src/search/quota-raise.js';
import { words } from '../../../src/search/text.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('raising the limit of a named service (data/quota-raise.ts)', () => {
  it('finds its example first', () => {
    const [query, op] = QUOTA_RAISE.answer.example;
    expect(top(query, 1)).toEqual([op]);
  });

  it.each([
    ['bump our ec2 vcpu quota to 512', true],
    ['we keep hitting the running instances ceiling, ask aws for more', true],
    ['increase the memory limit of my lambda to 3gb', false],
    ['raise the rate limit on the login rule', false],
    ['limit the function to 5 concurrent runs', false],
    ["what's our lambda concurrency limit", false],
  ])('%s -> %s', (query, expected) => {
    expect(asksQuotaRaise(words(query))).toBe(expected);
  });

  it('ranks the increase request above the named service', () => {
    expect(top('increase the ec2 vcpu limit in us-east-1', 1)).toEqual([
      'service-quotas:RequestServiceQuotaIncrease',
    ]);
  });
});

describe('which user did it (history.ts)', () => {
  it.each([
    ['which iam user created access key AKIAIOSFODNN7EXAMPLE', true],
    ['what user terminated i-0abc1234def567890', true],
    ['which users are in the admins group', false],
    ['which role has access to the bucket', false],
  ])('%s -> %s', (query, expected) => {
    expect(asksWhoDid(words(query))).toBe(expected);
  });

  it('reads the event history', () => {
    expect(top('which role deleted the orders table', 1)).toEqual(['cloudtrail:LookupEvents']);
  });
});

describe('hedged and terse asks', () => {
  it('a hedge word leaves the service the subject of an is-it-on question', () => {
    expect(top('is guardduty even enabled in this account?', 2)).toContain('guardduty:ListDetectors');
  });

  it('a cert made for someone is requested', () => {
    expect(top('can u make me a cert for *.shop.example.net pls', 1)).toEqual(['acm:RequestCertificate']);
  });

  it('what the speaker is ("i am new to aws") is not the task', () => {
    expect(top('i am new to aws, how do i see all the users in identity center', 1)).toEqual([
      'identitystore:ListUsers',
    ]);
    expect(top("I'm new here, list my s3 buckets", 1)).toEqual(['s3:ListBuckets']);
  });

  it('a certificate authority is not a certificate', () => {
    expect(top('make a private certificate authority for internal services', 1)).toEqual([
      'acm-pca:CreateCertificateAuthority',
    ]);
  });
});
