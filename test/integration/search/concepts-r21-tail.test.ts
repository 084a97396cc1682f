// Issue 16, round 21 (the long tail): everyday words for what a lesser-known service's operation
// does (data/concepts-r21-tail.ts). Every entry has a reason and an example ranked first; the
// cases below are other wordings of the same kinds, on other services where the kind spans several.

import { describe, expect, it } from 'vitest';
import { R21_TAIL_CONCEPTS } from '../../../src/search/data/concepts-r21-tail.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 21 long-tail concepts: every entry has a reason and an example ranked first', () => {
  it.each(R21_TAIL_CONCEPTS.map((c) => [c.phrases[0]!, c] as const))('%s', (_, c) => {
    expect(c.why.length).toBeGreaterThan(10);
    expect(top(c.example[0], 1)).toEqual([c.example[1]]);
  });
});

describe('other wordings of the same kinds', () => {
  it.each([
    // a share of the traffic is a weight on what carries it now, on each service that splits it
    ['split traffic 90/10 between two versions of my lambda', 'lambda:UpdateAlias'],
    [
      'shift 10 percent of traffic to version 7 through the live alias of the checkout function',
      'lambda:UpdateAlias',
    ],
    // a replica made the primary is promoted, a broker's as a database's
    ['make the read replica orders-replica the new primary', 'rds:PromoteReadReplica'],
    // code looked over or reviewed automatically
    ['get automated code review on every pull request of our repo', 'codeguru-reviewer:AssociateRepository'],
    // the code a user typed against the one texted to them
    ['check the code the customer entered against the one we texted', 'pinpoint:VerifyOTPMessage'],
    // who may use a thing is its permissions or its resource policy, on each service
    ['who can invoke my lambda function checkout', 'lambda:GetPolicy'],
    ['who can use the layer shared-utils', 'lambda:GetLayerVersionPolicy'],
    ['who has access to the orders table in lake formation', 'lakeformation:ListPermissions'],
    // the hours a call center is open, read as well as changed
    ['what are the hours of operation of our support queue', 'connect:ListHoursOfOperations'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    ['is the code she typed the one we sent by sms', 'pinpoint:VerifyOTPMessage'],
    ['give every student an ide in the browser', 'cloud9:CreateEnvironmentEC2'],
  ])('%s (top five)', (query, expected) => {
    expect(top(query, 5)).toContain(expected);
  });

  it('a code the user already has, texted, is a plain text message, not a one-time code', () => {
    expect(top('text code 482913 to +447700900123', 1)[0]).not.toBe('pinpoint:SendOTPMessage');
  });

  it("changing who may take on a role stays the role's trust policy", () => {
    expect(top('change who is allowed to take on the build role', 1)).toEqual(['iam:UpdateAssumeRolePolicy']);
  });
});
