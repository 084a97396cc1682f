// Round-16 verbless queries: a noun phrase alone either asks for one more of a kind to be made
// ("another read replica for orders-db") or for a part of an existing thing to be seen ("steps of
// emr cluster j-1"); noun-phrase.ts, data/noun-phrase-r16-verbless.ts.

import { describe, expect, it } from 'vitest';
import {
  GENERIC_AFTER_TIE,
  MANAGED_PRODUCT,
  NOT_IN_OPENER,
  NOUN_BEFORE_OF,
  OF_THING,
  ONE_MORE,
  PARTS_OF,
  PLURAL_BEFORE,
} from '../../../src/search/data/noun-phrase-r16-verbless.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('a verbless noun phrase (noun-phrase.ts)', () => {
  it.each([
    ['ONE_MORE', ONE_MORE],
    ['MANAGED_PRODUCT', MANAGED_PRODUCT],
    ['OF_THING', OF_THING],
    ['NOUN_BEFORE_OF', NOUN_BEFORE_OF],
    ['PLURAL_BEFORE', PLURAL_BEFORE],
    ['PARTS_OF', PARTS_OF],
    ['NOT_IN_OPENER', NOT_IN_OPENER],
    ['GENERIC_AFTER_TIE', GENERIC_AFTER_TIE],
  ] as const)('%s: its example finds its operation in the top five', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it.each([
    // one more of a kind is made; a verb inside the noun phrase ("read") names the thing
    ['another read replica for orders-db', 'rds:CreateDBInstanceReadReplica'],
    ['managed activemq for our legacy jms apps', 'mq:CreateBroker'],
    ['managed redis for session storage', 'elasticache:CreateReplicationGroup'],
    // a part or record of a named thing is read, not changed
    ['tags on lambda function resize-images', 'lambda:ListTags'],
    ['sample of blocked requests for web acl edge-acl', 'wafv2:GetSampledRequests'],
    ['progress of mediaconvert job 1718049600123-abc12d', 'mediaconvert:GetJob'],
  ])('%s -> %s first', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });

  it.each([
    // a verb the finder does not know, or one made for a thing, stays a task
    ['search logs for ERROR', 'logs:FilterLogEvents'],
    ['hold capacity for 10 instances in one zone next week', 'ec2:CreateCapacityReservation'],
    ['lift the cap on the db-writer lambda', 'lambda:DeleteFunctionConcurrency'],
    ['keep old versions of my objects', 's3:PutBucketVersioning'],
    [
      'anonymous visitors of our web page need limited aws credentials via cognito',
      'cognito-identity:CreateIdentityPool',
    ],
  ])('%s keeps %s in the top three', (query, op) => {
    expect(top(query, 3)).toContain(op);
  });
});
