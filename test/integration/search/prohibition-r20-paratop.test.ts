// Issue 16, round 20 (paraphrases of the best-known twenty-five services), reading steps:
// a rule that keeps people from an act is a setting put on the thing (prohibition.ts), an act
// things are to do by themselves is the rule that does it (self-acting.ts), another account
// granted on "our sns" is the topic's policy (data/grants-r20-paratop.ts), `name=value` in a
// query that sets something names the setting (kept-tokens.ts), an AWS managed policy name is
// an IAM policy to attach (data/ids-r20-paratop.ts), "behind" names where the things are
// (data/container-words.ts), and api.example.com is a host, not API Gateway (data/name-ids.ts).

import { describe, expect, it } from 'vitest';
import { PROHIBITION } from '../../../src/search/data/prohibition-r20-paratop.js';
import { SELF_ACTING } from '../../../src/search/data/self-acting-r20-paratop.js';
import { MANAGED_POLICY_PATTERNS } from '../../../src/search/data/ids-r20-paratop.js';
import { isProhibition } from '../../../src/search/prohibition.js';
import { actsByItself } from '../../../src/search/self-acting.js';
import { words } from '../../../src/search/text.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();

interface Entry {
  readonly why: string;
  readonly example: readonly [query: string, expected: string];
}

const ENTRIES: ReadonlyArray<readonly [string, Entry]> = [
  ['prohibition', PROHIBITION],
  ['self-acting', SELF_ACTING],
  ...MANAGED_POLICY_PATTERNS.map((p) => ['managed policy', p] as const),
];

describe('round 20 reading data: every entry has a reason and a passing example', () => {
  it.each(ENTRIES)('%s', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('a rule that keeps people from an act sets a policy or setting, it does not do the act', () => {
  it.each([
    [
      'nobody on the internet should be able to see anything in our s3 stuff, account wide',
      'PutPublicAccessBlock',
    ],
    ['make sure nobody can make any bucket in the account public', 's3:PutPublicAccessBlock'],
    ['stop people outside the company reading the reports bucket', 'PutPublicAccessBlock'],
    ['nobody except the admin role should decrypt with key alias/payroll', 'kms:PutKeyPolicy'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)[0]).toContain(expected);
  });

  it('no one reaching a port from the internet revokes or blocks, in the top two', () => {
    expect(top('no one should be able to ssh into sg-0123abcd from the internet', 2)).toContain(
      'ec2:RevokeSecurityGroupIngress',
    );
  });

  it.each([
    ['stop the instances in the dev account', false],
    ['can nobody read my bucket?', false],
    ['keep everyone out of the payroll table', true],
    ['no one should delete backups', true],
  ])('%s -> prohibition %s', (query, expected) => {
    expect(isProhibition(words(query))).toBe(expected);
  });

  it('stopping the instances still stops them', () => {
    expect(top('stop the instances in the dev account', 1)).toEqual(['ec2:StopInstances']);
  });
});

describe('an act things are to do by themselves is the rule that does it', () => {
  it.each([
    ['have dynamo drop items by themselves when expires_at passes', 'dynamodb:UpdateTimeToLive'],
    [
      'make objects under logs/ in s3://acme-app auto-delete after 90 days',
      's3:PutBucketLifecycleConfiguration',
    ],
    ['have old log events in /app/api delete themselves after two weeks', 'logs:PutRetentionPolicy'],
    ['make ecr images clean up on their own after 30 days', 'ecr:PutLifecyclePolicy'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    ['the cluster restarted by itself last night, why', false],
    ['promote the cross-region replica database to stand on its own', false],
    ['add more replicas on its own when memory gets tight', true],
  ])('%s -> acts by itself %s', (query, expected) => {
    expect(actsByItself(query.split(' '))).toBe(expected);
  });

  it('a report of a restart by itself still reads', () => {
    expect(search('the cluster restarted by itself last night, why', 1)[0]!.risk).toBe('read');
  });
});

describe('another account granted on a resource named by its service word', () => {
  it.each([
    ['allow account 111122223333 to push to our alerts sns', 'sns:AddPermission'],
    ['allow account 111122223333 to send to our jobs sqs', 'sqs:AddPermission'],
    ['let account 444455556666 pull from our ecr', 'ecr:SetRepositoryPolicy'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('name=value in a query that sets something names the setting', () => {
  it.each([
    ['set max_connections=500 on our rds postgres', 'rds:ModifyDBParameterGroup'],
    ['change work_mem=64MB on the aurora cluster', 'rds:ModifyDBParameterGroup'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a tag value in a query that sets nothing stays data', () => {
    expect(
      top('bundle all the stacks tagged team=payments into one collection i can act on together', 5),
    ).toContain('resource-groups:CreateGroup');
  });
});

describe('an AWS managed policy name is an IAM policy to attach; the kind word picks the identity', () => {
  it.each([
    ['attach AdministratorAccess to role deployer', 'iam:AttachRolePolicy'],
    ['add ReadOnlyAccess to the auditors group', 'iam:AttachGroupPolicy'],
    ['give role lambda-exec AWSLambdaBasicExecutionRole', 'iam:AttachRolePolicy'],
    [
      'give the platform-team group AdministratorAccess on the prod AWS environment via Identity Center',
      'sso-admin:CreateAccountAssignment',
    ],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('a common host label is no service word; "behind" names where the things are', () => {
  it('shop.example.com pointed at a distribution is a DNS record', () => {
    expect(top('create a cname so shop.example.com points at the cloudfront distribution', 1)).toEqual([
      'route53:ChangeResourceRecordSets',
    ]);
  });

  it('api.example.com pointed at a load balancer is a DNS record, in the top two', () => {
    expect(top('point api.example.com at the new load balancer', 2)).toContain(
      'route53:ChangeResourceRecordSets',
    );
  });
});
