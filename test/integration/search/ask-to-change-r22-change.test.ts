// Issue 16, round 22 (changes asked indirectly): a "can <thing> ..." question naming another state
// than now is a request (aux-question.ts), also where it names an identity (elsewhere.ts) and
// after context ("..., can we sample less?", status.ts); a value judged enough, too much or too little, and an
// outcome made sure not to happen, are settings changed now (enough-value.ts).

import { describe, expect, it } from 'vitest';
import { ASKED_TO_CHANGE } from '../../../src/search/data/ask-to-change-r22-change.js';
import { ALSO_ADDS, ENOUGH_VALUE, ENSURE_NOT } from '../../../src/search/data/enough-value-r22-change.js';
import { R22_CHANGE_PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs-r22-change.js';
import { asksReader, namesOtherState } from '../../../src/search/aux-question.js';
import { addsOneMore, ensuresNot, judgesValue } from '../../../src/search/enough-value.js';
import { isQuestion } from '../../../src/search/intent.js';
import { words } from '../../../src/search/text.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 22 change entries: each has a reason and an example ranked first', () => {
  it.each([
    ['asked to change', ASKED_TO_CHANGE],
    ['enough value', ENOUGH_VALUE],
    ['ensure not', ENSURE_NOT],
    ['also adds', ALSO_ADDS],
    ...Object.entries(R22_CHANGE_PHRASAL_VERBS),
  ] as const)('%s', (_, e) => {
    expect(e.why.length).toBeGreaterThan(10);
    expect(top(e.example[0], 1)).toEqual([e.example[1]]);
  });
});

describe('which sentences ask for a change in the words they use', () => {
  it.each([
    ['can the schedule fire at 6am instead of midnight', true],
    ['can the secret change itself every 30 days', true],
    ['can the role be assumed from the ci account as well', true],
    ['can anyone outside the account read this bucket', false],
    ['can the lambda reach the internet', false],
  ])('names another state: %s', (q, want) => {
    expect(namesOtherState(words(q))).toBe(want);
  });
  it('a "can <thing>" question naming another state is no question; one that does not stays one', () => {
    expect(isQuestion(words('can the schedule fire at 6am instead of midnight'))).toBe(false);
    expect(isQuestion(words('can the bucket be read by anyone outside the account'))).toBe(true);
  });
  it.each([
    ['tracing records too much, can we sample only 1 percent', true],
    ['could you move the job to 2am', true],
    ['is the table still restoring', false],
  ])('asks the reader to act: %s', (q, want) => {
    expect(asksReader(words(q))).toBe(want);
  });
  it.each([
    ['one day is plenty', true],
    ['the alarm is too jumpy', true],
    ['every 15 minutes would do', true],
    ['is it enough to restart it', false],
    ['the plenty bucket', false],
    ['the endpoint needs more instances behind it', true],
    ['the trail isn t logging writes it needs to', true],
    ['the broker needs a restart', false],
  ])('judges a value: %s', (q, want) => {
    expect(judgesValue(words(q))).toBe(want);
  });
  it.each([
    ['make sure it can t connect anymore', true],
    ['ensure the key can never be used again', true],
    ['make sure the build finished', false],
    ['make sure the stack didn t fail', false],
  ])('rules an outcome out: %s', (q, want) => {
    expect(ensuresNot(words(q))).toBe(want);
  });
  it.each([
    ['the box should also accept 8080', true],
    ['let the ci account assume it as well', true],
    ['the box should accept 8080 only', false],
  ])('adds one more: %s', (q, want) => {
    expect(addsOneMore(words(q))).toBe(want);
  });
});

describe('other wordings of the same kinds, on several services', () => {
  it.each([
    // another state asked in a can-question, on three services
    ['can the nightly schedule run at 5am instead of midnight?', 'scheduler:UpdateSchedule'],
    ['can the build project run on a larger machine instead?', 'codebuild:UpdateProject'],
    ['can the deploy role be assumed from the tools account as well?', 'iam:UpdateAssumeRolePolicy'],
    // a value judged, with the thing named first: its setting, not a new one nor its act
    ['the crawler runs every hour which is overkill, daily is enough', 'glue:UpdateCrawlerSchedule'],
    ['our log group keeps everything for 10 years, 90 days is plenty', 'logs:PutRetentionPolicy'],
    [
      "the app load balancer's idle timeout is too short for our uploads",
      'elbv2:ModifyLoadBalancerAttributes',
    ],
    ['the canary checks the site every minute, every 20 minutes would do', 'synthetics:UpdateCanary'],
    // one more added to what is there, on two services; a policy with no adding call is put
    ['the lightsail vps should also accept traffic on port 3000', 'lightsail:OpenInstancePublicPorts'],
    ['the web security group should also allow 443 from the office', 'ec2:AuthorizeSecurityGroupIngress'],
    ['the bucket policy should also let the audit account read', 's3:PutBucketPolicy'],
    // moved onto a version: an upgrade, while "get the cluster details" still reads
    ['can you get the prod eks cluster onto kubernetes 1.31?', 'eks:UpdateClusterVersion'],
    ['get the eks cluster details', 'eks:DescribeCluster'],
    // a thing that needs more of something: its setting raised
    ['the web asg needs more instances before black friday', 'autoscaling:UpdateAutoScalingGroup'],
    // an outcome ruled out, for a key as for a certificate
    ['the old access key AKIAIOSFODNN7EXAMPLE leaked, make sure it cannot be used', 'iam:UpdateAccessKey'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
  it('a key pair said not to exist is made, not read as there', () => {
    expect(top("InvalidKeyPair.NotFound: the key pair 'ci' does not exist, create it", 1)).toEqual([
      'ec2:CreateKeyPair',
    ]);
  });
});
