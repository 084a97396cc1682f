// Issue 16, round 9: the noun of the task. A verb read by the noun it takes (data/noun-verbs.ts:
// "start a meeting" creates it, "get an elastic ip" allocates one) and a thing asked for inside a
// container (data/relation-words.ts: "which accounts are in the OU" lists the accounts of it).
// Every entry's example must find its operation in the top five; the cases below are other
// services and wordings than the examples, and the reads that must stay reads.

import { describe, expect, it } from 'vitest';
import { NOUN_VERBS } from '../../../src/search/data/noun-verbs.js';
import { ANY_CONTAINER, RELATION_WORDS } from '../../../src/search/data/relation-words.js';
import { useBundleSearch } from './search-fixture.js';

const { search, top } = useBundleSearch();
const first = (query: string): string | undefined => top(query, 1)[0];

describe('verbs read by their noun (data/noun-verbs.ts)', () => {
  it.each(NOUN_VERBS.map((e) => [e.nouns.join('/'), e] as const))(
    '%s: its example finds its operation',
    (_, e) => {
      expect(e.why.length).toBeGreaterThan(10);
      expect(top(e.example[0], 5)).toContain(e.example[1]);
    },
  );

  it.each([
    ['start a chime meeting for the sales call', 'chime-sdk-meetings:CreateMeeting'],
    ['start a new game session on fleet fleet-123', 'gamelift:CreateGameSession'],
    ['open a multipart upload for backup.tar in bucket logs', 's3:CreateMultipartUpload'],
  ])('starting a thing that exists only from its start creates it: %s', (query, op) => {
    expect(first(query)).toBe(op);
  });

  it('a Start call named for the noun still wins', () => {
    expect(first('start a session on my instance')).toBe('ssm:StartSession');
  });

  it.each([
    ['get an elastic ip address in us-east-1', 'ec2:AllocateAddress'],
    ['reserve a new public ipv4 address for the nat', 'ec2:AllocateAddress'],
    ['need a new static ip for my lightsail instance', 'lightsail:AllocateStaticIp'],
    ['obtain a new certificate for api.example.com', 'acm:RequestCertificate'],
    ['grab a phone number for outbound sms', 'pinpoint-sms-voice-v2:RequestPhoneNumber'],
  ])('getting a new thing AWS hands out obtains it: %s', (query, op) => {
    expect(first(query)).toBe(op);
  });

  it.each([
    ['get the elastic ip addresses of this account', 'ec2:DescribeAddresses'],
    ['get the certificate arn:aws:acm:us-east-1:123456789012:certificate/abc', 'acm:GetCertificate'],
  ])('the thing one has already is read: %s', (query, op) => {
    expect(first(query)).toBe(op);
  });

  it('"a number of" is a quantity, not a phone number to claim', () => {
    expect(search('get a number of running instances', 1)[0]?.risk).toBe('read');
  });
});

describe('the things inside a named container (data/relation-words.ts)', () => {
  it.each(Object.entries({ ...RELATION_WORDS, ...ANY_CONTAINER }))(
    '%s: its example finds its operation',
    (_, e) => {
      expect(e.why.length).toBeGreaterThan(10);
      expect(top(e.example[0], 5)).toContain(e.example[1]);
    },
  );

  it.each([
    ['which repositories are in the codeartifact domain acme', 'codeartifact:ListRepositoriesInDomain'],
    ['what vehicles are in the fleet truck-fleet', 'iotfleetwise:ListVehiclesInFleet'],
    ['which resources are in the protection group pg-1', 'shield:ListResourcesInProtectionGroup'],
    ['which accounts sit in the Sandbox OU ou-zz99-sandbox01', 'organizations:ListAccountsForParent'],
  ])('lists the things of the container, not the container: %s', (query, op) => {
    expect(first(query)).toBe(op);
  });

  it('the tie must name the container typed: users of a pool are not users of a group', () => {
    expect(first('list the users in my user pool')).toBe('cognito-idp:ListUsers');
  });
});
