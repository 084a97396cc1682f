// Issue 16, round 21 (the long tail): a plain one-word name after its kind ("on bucket invoices",
// "in domain acme") is the user's name, not a word of the task (plain-names.ts); and an
// operation named for the container with the thing before it (DeleteGeofenceCollection) acts on
// the container, not on the thing typed before "from the ... collection" (container-scope.ts).

import { describe, expect, it } from 'vitest';
import { PLAIN_NAMES } from '../../../src/search/data/plain-names-r21-tail.js';
import { plainNameAfterKind } from '../../../src/search/plain-names.js';
import { useBundleIndexData } from './search-fixture.js';

const { top, indexData } = useBundleIndexData();

/** The words of the query read as plain names. */
const names = (query: string): string[] => {
  const raw = query.split(' ');
  return raw.filter((_, i) => plainNameAfterKind(indexData(), raw, i));
};

describe('a plain name after its kind', () => {
  it('the entry has a reason and its example ranks first', () => {
    expect(PLAIN_NAMES.why.length).toBeGreaterThan(10);
    expect(top(PLAIN_NAMES.example[0], 1)).toEqual([PLAIN_NAMES.example[1]]);
  });

  it.each([
    // a name that is a concept's word (receipts, invoices: Textract) or starts like a service (acme: ACM)
    ['how big is the backlog on queue receipts', 'sqs:GetQueueAttributes'],
    ['purge all messages from queue receipts', 'sqs:PurgeQueue'],
    ["what's the encryption on bucket receipts", 's3:GetBucketEncryption'],
    [
      'let account 444455556666 pull packages from repo pypi-store in domain acme',
      'codeartifact:PutRepositoryPermissionsPolicy',
    ],
    ['add partition region=eu to table clickstream in database weblogs', 'glue:CreatePartition'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    ['versioning on bucket invoices', ['invoices']],
    ['read from repo npm-store in domain acme', ['acme']],
    ['items in table orders', ['orders']],
    // the kind and the word name an operation together: the word is the thing's part
    ['show the policy on bucket logs', []],
    // the two words name a service, or are a known phrase
    ['what can I launch from service catalog', []],
    ['which config keys exist in parameter store that mention redis', []],
    // the preposition is a verb's particle: its object follows
    ['turn on domain signatures for the mail', []],
    // an adverb closes the phrase, not a name
    ['take a payment key out of service temporarily', []],
    // no preposition before the kind
    ['bucket invoices', []],
  ])('%s', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });
});

describe('a container named by what it holds is the container', () => {
  it.each([
    ['delete the geofence yard-2 from the sites collection', 'location:BatchDeleteGeofence'],
    ['remove user bob from the user pool', 'cognito-idp:AdminDeleteUser'],
    ['delete model package 3 from the model package group', 'sagemaker:DeleteModelPackage'],
    ['delete face abc123 from the employees collection', 'rekognition:DeleteFaces'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('the geofence concept still finds the geofence call', () => {
    expect(top('add a geofence around the depot', 1)).toEqual(['location:PutGeofence']);
  });
});
