// Issue 16, round 18 (paraphrases for the best-known twenty services): everyday words for a
// setting's effect (data/concepts-r18-para-top.ts), "make sense of" reading a message
// (data/phrasal-verbs-r18-para-top.ts), and "when X fails, do Y" as a request, not a question
// (data/conditions-r18-para-top.ts, intent.ts). Every entry has a reason and an example that must
// find its operation in the top five; the cases below are other queries of the same kind.

import { describe, expect, it } from 'vitest';
import { WHEN_CONDITION } from '../../../src/search/data/conditions-r18-para-top.js';
import { R18_PARA_TOP_CONCEPTS } from '../../../src/search/data/concepts-r18-para-top.js';
import { R18_PARA_TOP_PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs-r18-para-top.js';
import { PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs.js';
import { isQuestion } from '../../../src/search/intent.js';
import { words } from '../../../src/search/text.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();

describe('round 18 paraphrase concepts: every entry has a reason and a passing example', () => {
  it.each(R18_PARA_TOP_CONCEPTS.map((c) => [c.example[0], c] as const))('%s', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('everyday words for a setting find the setting, in other wordings too', () => {
  it.each([
    ['block people outside the company from opening files in bucket payroll', 's3:PutPublicAccessBlock'],
    ['all new volumes in eu-west-1 should be scrambled at rest', 'ec2:EnableEbsEncryptionByDefault'],
    ['retry asynchronous calls of function thumbnails only once', 'lambda:PutFunctionEventInvokeConfig'],
    [
      'iam passwords must have one special character and expire every 90 days',
      'iam:UpdateAccountPasswordPolicy',
    ],
    ['who can assume the role deployer: add account 111122223333 to it', 'iam:UpdateAssumeRolePolicy'],
    ['stop dns spoofing of our hosted zone shop.example.net', 'route53:EnableHostedZoneDNSSEC'],
    ['log lookups against zone example.io to cloudwatch', 'route53:CreateQueryLoggingConfig'],
    ['try just one step of the order-flow state machine with this json', 'stepfunctions:TestState'],
    ['look for vulnerabilities on every push to repository api', 'ecr:PutImageScanningConfiguration'],
    ['make tags in ecr repo api immutable so a tag can never move', 'ecr:PutImageTagMutability'],
    ['turn on control plane logging for eks cluster staging', 'eks:UpdateClusterConfig'],
    [
      'only forward alerts with severity=critical to the pager subscriber of topic ops',
      'sns:SetSubscriptionAttributes',
    ],
  ])('%s', (query, expected) => {
    expect(top(query, 5)).toContain(expected);
  });

  it('a question about outsiders still reads who can reach what', () => {
    expect(search('which buckets can anyone outside our account read', 1)[0]!.risk).toBe('read');
  });
});

describe('"make sense of" reads and decodes', () => {
  it.each(Object.entries(R18_PARA_TOP_PHRASAL_VERBS))('phrasal verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(PHRASAL_VERBS[verb]).toBe(entry);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it('a garbled denied message is decoded', () => {
    expect(top('make sense of the garbled access denied text we got', 1)).toEqual([
      'sts:DecodeAuthorizationMessage',
    ]);
  });
});

describe('"when X happens, do Y" is a request; "when does X" asks', () => {
  it('the entry has a reason and a passing example', () => {
    expect(WHEN_CONDITION.why.length).toBeGreaterThan(10);
    expect(top(WHEN_CONDITION.example[0], 5)).toContain(WHEN_CONDITION.example[1]);
  });

  it.each([
    ['when the build fails, notify the team', false],
    ['when a message fails 3 times, move it to the dlq', false],
    ['when does the cert for www.example.com expire', true],
    ['when was the ci-bot role last used', true],
  ])('%s', (query, asks) => {
    expect(isQuestion(words(query))).toBe(asks);
  });
});
