// Issue 16, round 18 (tasks as agents type them for the best-known twenty services): nicknames
// of a service (product-names-r18-known.ts), a service named as avoided (avoided-services-r18.ts),
// an IAM action pasted as a policy's statement (action-mentions-r18-known.ts), DNS records named
// by type and quoted shell commands (concepts-r18-known.ts), a record added where it lives
// (noun-verbs-r18-known.ts), a name after "to" (names-r18-known.ts), ids typed in a later
// step (existing.ts) and backups made of a thing (verb-nouns-r18-known.ts). The data files' own
// examples are checked by the tests that iterate them; this file checks the others' entries and
// other queries of each kind.
import { describe, expect, it } from 'vitest';
import { AVOIDED_SERVICE_MARKERS } from '../../../src/search/data/avoided-services-r18.js';
import { NAME_PREPOSITIONS_R18 } from '../../../src/search/data/names-r18-known.js';
import { NOUN_VERBS_R18_KNOWN } from '../../../src/search/data/noun-verbs-r18-known.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 18 data entries have a reason and a passing example', () => {
  it('names after "to"', () => {
    expect(NAME_PREPOSITIONS_R18.why.length).toBeGreaterThan(10);
    expect(top(NAME_PREPOSITIONS_R18.example[0], 5)).toContain(NAME_PREPOSITIONS_R18.example[1]);
  });

  it('services avoided', () => {
    expect(AVOIDED_SERVICE_MARKERS.why.length).toBeGreaterThan(10);
    expect(top(AVOIDED_SERVICE_MARKERS.example[0], 1)).toEqual([AVOIDED_SERVICE_MARKERS.example[1]]);
  });

  it.each(NOUN_VERBS_R18_KNOWN.map((e) => [e.example[0], e] as const))('noun verb: %s', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('tasks agents type for the best-known services', () => {
  it.each([
    // a nickname names the service, the noun after it is the thing
    ['delete dynamo table sessions-old', 'dynamodb:DeleteTable'],
    ['delte dynamo tabel sessions-old', 'dynamodb:DeleteTable'],
    // an action pasted into a policy is its statement
    ['attach a bucket policy to static-site-prod that lets everyone s3:GetObject', 's3:PutBucketPolicy'],
    [
      'put a bucket policy on acme-uploads allowing s3:PutObject from account 111122223333',
      's3:PutBucketPolicy',
    ],
    // a DNS record named by its type, added
    [
      'add an A record api.example.com -> 203.0.113.10 in hosted zone Z1D633PJN98FT9',
      'route53:ChangeResourceRecordSets',
    ],
    ['add a TXT record _acme.example.com with value abc123', 'route53:ChangeResourceRecordSets'],
    // a service named after "without" is the one avoided
    ['give function webhook-rx its own https endpoint without api gateway', 'lambda:CreateFunctionUrlConfig'],
    ['run my containers without ec2 instances', 'ecs:StartTask'],
    // an id typed in a later step is what that step acts on, not proof the first step's thing exists
    [
      'create an access key for user deploy-bot, then deactivate the old key AKIAIOSFODNN7EXAMPLE',
      'iam:CreateAccessKey',
    ],
    ['issue a fresh access key for svc-reports then disable AKIAI44QH8DHBEXAMPLE', 'iam:CreateAccessKey'],
    // a backup of a thing: the backup is made, the thing is where it comes from
    ['backup the invoices table in dynamodb', 'dynamodb:CreateBackup'],
    ['dynamdb bakup the invoices tabel', 'dynamodb:CreateBackup'],
    // a quoted shell command is sent to the instances
    ["run 'sudo yum update -y' on i-0abc123def4567890 and i-0fedcba9876543210", 'ssm:SendCommand'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('what these readings must leave alone', () => {
  it.each([
    ['insert a record into table orders', 'dynamodb:PutItem'],
    ['add a new record to the orders table', 'dynamodb:PutItem'],
    ['dns records in hosted zone for example.org', 'route53:ListResourceRecordSets'],
    ['show me all the records under example.com', 'route53:ListResourceRecordSets'],
    ['is role deployer allowed to call s3:PutObject', 'iam:SimulatePrincipalPolicy'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a kebab verb after "to" stays a word ("to re-check")', () => {
    expect(
      top('get config to re-check the rule required-tags now', 3).every((o) => o.startsWith('config:')),
    ).toBe(true);
  });
});
