// An identifier AWS assigned counts its resource type as a typed word (data/id-kind-r17-tasks.ts,
// src/search/id-plan.ts): two ids of two kinds find the operation that joins the two kinds.

import { describe, expect, it } from 'vitest';
import { ASSIGNED_ID_KIND } from '../../../src/search/data/id-kind-r17-tasks.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('assigned ids name their kind (data/id-kind-r17-tasks.ts)', () => {
  it('has a reason and a passing example', () => {
    expect(ASSIGNED_ID_KIND.why.length).toBeGreaterThan(10);
    expect(top(ASSIGNED_ID_KIND.example[0], 5)).toContain(ASSIGNED_ID_KIND.example[1]);
  });

  it.each([
    [
      'add i-0fedcba9876543210 to arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web/0123456789abcdef on 8443',
      'elbv2:RegisterTargets',
    ],
    ['detach igw-0abc1234def567890 from vpc-0a1b2c3d4e5f67890', 'ec2:DetachInternetGateway'],
    ['associate rtb-0abc1234de56f7890 with subnet-0aa11bb22cc33dd44', 'ec2:AssociateRouteTable'],
  ])('%s -> %s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a name-like id only suggests its kind', () => {
    expect(top('has transcription job call-8812 finished yet?', 1)).toEqual([
      'transcribe:GetTranscriptionJob',
    ]);
  });
});
