// An identifier AWS assigned names a resource that exists (src/search/existing.ts): an
// operation that would make one of its kind answers another task. Each case fails without the
// mechanism (BOOST.makesExisting in ranking-params.ts).

import { describe, expect, it } from 'vitest';
import { EXISTING_PLACE, MAKING_VERBS } from '../../../src/search/data/existing.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('making verbs (data/existing.ts)', () => {
  it.each(Object.entries(MAKING_VERBS))('%s: its example finds its operation first', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });
});

describe('a resource named by its assigned id is not made again', () => {
  it('a hosted zone id: the records change, not a new zone', () => {
    expect(
      top('add a CNAME www.example.com -> d111abcdef8.cloudfront.net in hosted zone Z0123456789ABC', 1),
    ).toEqual(['route53:ChangeResourceRecordSets']);
  });

  it('an ARN: the private CA issues, it is not created', () => {
    const arn =
      'arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/11111111-2222-3333-4444-555555555555';
    expect(top(`issue a cert for internal.corp.local from our private CA ${arn}`, 1)).toEqual([
      'acm-pca:IssueCertificate',
    ]);
  });

  it('an id of another kind leaves the making of this one alone', () => {
    expect(top('create a volume from snap-0123456789abcdef0', 1)).toEqual(['ec2:CreateVolume']);
    expect(top('snapshot vol-0123456789abcdef0', 1)).toEqual(['ec2:CreateSnapshot']);
  });

  it('a name the user chose proves nothing: it may be the one to make', () => {
    expect(top('create a hosted zone for example.com', 1)).toEqual(['route53:CreateHostedZone']);
  });
});

describe('a place named as one already there (data/existing.ts EXISTING_PLACE) is not made again', () => {
  it('its example finds its operation first', () => {
    expect(EXISTING_PLACE.why.length).toBeGreaterThan(10);
    expect(top(EXISTING_PLACE.example[0], 1)).toEqual([EXISTING_PLACE.example[1]]);
  });

  it('a later step adds to the zone: the certificate is the task, not a new zone', () => {
    const query =
      'request a public cert for api.example.com with DNS validation then add the CNAME record to the hosted zone';
    expect(top(query, 1)).toEqual(['acm:RequestCertificate']);
  });

  it('a thing to make is still made where the place is a new one or another kind', () => {
    expect(top('create a subnet in my vpc', 1)).toEqual(['ec2:CreateSubnet']);
    expect(top('set up a new vpc for the team', 1)).toEqual(['ec2:CreateVpc']);
  });
});
