// Issue 16, round 20 (someone new to AWS, who says the goal in plain words): a "waiting line" of
// jobs is a queue, "an AI model" is Bedrock, a site that "loads faster for visitors in other
// countries" is a CDN, a "shared folder" for several servers is EFS, the "padlock" is a
// certificate (data/concepts-r20-newcomer.ts). Every entry has a reason and an example that finds
// its operation (also checked with every concept in concepts.test.ts); the cases below are other
// wordings of the same concepts, and the words that must not be read so.

import { describe, expect, it } from 'vitest';
import { R20_NEWCOMER_CONCEPTS } from '../../../src/search/data/concepts-r20-newcomer.js';
import { MANAGED_BY_R20_NEWCOMER } from '../../../src/search/data/managed-by-r20-newcomer.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 20 plain-word concepts: every entry has a reason and a passing example', () => {
  it.each(R20_NEWCOMER_CONCEPTS.map((c) => [c.phrases[0]!, c] as const))('%s', (_, c) => {
    expect(c.why.length).toBeGreaterThan(10);
    expect(top(c.example[0], 5)).toContain(c.example[1]);
  });
});

describe('the goal in plain words finds the operation that does it', () => {
  it.each([
    ['set up a waiting line so background jobs get handled one by one', 'sqs:CreateQueue'],
    ['drop the first job into the waiting line', 'sqs:SendMessage'],
    ['send a prompt to an ai model', 'bedrock-runtime:InvokeModel'],
    ['send a question to an ai model and get the reply', 'bedrock-runtime:Converse'],
    ['make my website load faster for visitors in other countries', 'cloudfront:CreateDistribution'],
    ['speed up my site for customers around the world', 'cloudfront:CreateDistribution'],
    ['check the mood of customer emails', 'comprehend:DetectSentiment'],
    ['tell how customers feel from the text of their emails', 'comprehend:DetectSentiment'],
    ['make a shared folder that several of my servers can use at the same time', 'efs:CreateFileSystem'],
    ['set up a shared folder for my web servers', 'efs:CreateFileSystem'],
    ["get a warning when my server's processor is too busy for too long", 'cloudwatch:PutMetricAlarm'],
    ['let me know when my database runs low on free storage', 'cloudwatch:PutMetricAlarm'],
    ['get the padlock for my website', 'acm:RequestCertificate'],
    ['get https for my website', 'acm:RequestCertificate'],
    ['turn my videos into a format that plays smoothly on phones', 'mediaconvert:CreateJob'],
    ['make my videos smaller so they stream on mobile', 'mediaconvert:CreateJob'],
    ['give my code a public web link that other programs can call', 'apigateway:CreateRestApi'],
    ['reboot my virtual server', 'ec2:RebootInstances'],
    ['run a container without managing any servers', 'ecs:RunTask'],
    ['make a login system for my website', 'cognito-idp:CreateUserPool'],
    ['set up sign up and sign in for my mobile app', 'cognito-idp:CreateUserPool'],
    ['warn me if someone logs into my account from a weird place', 'guardduty:CreateDetector'],
    ['tell me if hackers break into my account', 'guardduty:CreateDetector'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('the same words said of another thing keep their own reading', () => {
  it.each([
    ['which quantum processors can I use on braket', 'braket:SearchDevices'],
    ['hit our login page every five minutes and alert if it breaks', 'synthetics:CreateCanary'],
    ['warn me by email when my monthly bill goes over 50 dollars', 'budgets:CreateBudget'],
    ['let me know if we spend more than 200 dollars this month', 'budgets:CreateBudget'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('a copy made on a timetable is a backup plan (data/managed-by-r20-newcomer.ts)', () => {
  it.each(MANAGED_BY_R20_NEWCOMER.map((e) => [e.example[0], e] as const))('%s', (_, e) => {
    expect(e.why.length).toBeGreaterThan(10);
    expect(top(e.example[0], 1)).toEqual([e.example[1]]);
  });

  it.each([
    [
      'make an automatic copy of my database every night and keep them for a month',
      'backup:CreateBackupPlan',
    ],
    ['take a nightly copy of my dynamodb table automatically', 'backup:CreateBackupPlan'],
    ['keep a copy of the efs file system every week for 90 days', 'backup:CreateBackupPlan'],
    ["save a copy of my server's disk every day", 'backup:CreateBackupPlan'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    ['copy the prod db snapshot to us-west-2', 'rds:CopyDBSnapshot'],
    ['which copies of the orders table were made last night', 'dynamodb:ListBackups'],
  ])('one copy, or a look at copies made, is not a plan: %s', (query, expected) => {
    expect(top(query, 5)).toContain(expected);
    expect(top(query, 1)).not.toEqual(['backup:CreateBackupPlan']);
  });
});
