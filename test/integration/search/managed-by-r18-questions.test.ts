// Round 18's managers (data/managed-by-r18-questions.ts): a domain's transfer or registration
// is the registrar's though "route 53" is named, instances auto scaling launched or terminated
// are EC2 Auto Scaling's activities, and what a named scanner flagged is its own finding; the
// neighbours each entry must leave alone.

import { describe, expect, it } from 'vitest';
import { MANAGED_BY_R18 } from '../../../src/search/data/managed-by-r18-questions.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round-18 managers (data/managed-by-r18-questions.ts)', () => {
  it.each(MANAGED_BY_R18.map((e) => [e.example[0], e.example[1], e.why] as const))(
    '%s finds %s first',
    (query, op, why) => {
      expect(why.length).toBeGreaterThan(10);
      expect(top(query, 1)).toEqual([op]);
    },
  );

  it.each([
    ['transfer my domain example.org to route 53', 'route53domains:TransferDomain'],
    [
      'did auto scaling launch new instances in the web group this morning',
      'autoscaling:DescribeScalingActivities',
    ],
    ['has macie flagged any buckets with credit card numbers', 'macie2:ListFindings'],
  ])('%s', (query, expected) => {
    expect(top(query, 2)).toContain(expected);
  });

  it('leaves the neighbours to their own readings', () => {
    // a hosted zone's records are Route 53's, a domain named or not
    expect(top('add an A record for shop.example.com in route 53', 1)).toEqual([
      'route53:ChangeResourceRecordSets',
    ]);
    // with no scanner named, flagging what breaks a rule is still an AWS Config rule
    expect(top('flag any security group that allows ssh from anywhere', 5)).toContain('config:PutConfigRule');
    // scaling a table's capacity is Application Auto Scaling's
    expect(top('autoscale the write capacity of my dynamodb table', 1)).toEqual([
      'application-autoscaling:RegisterScalableTarget',
    ]);
  });
});
