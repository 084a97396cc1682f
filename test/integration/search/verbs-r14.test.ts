// Round-14 everyday change verbs: slang and phrasal verbs of change (data/verbs-r14.ts,
// data/phrasal-verbs-r14.ts), a phrasal verb split around its object keeps its own sense after a
// light verb ("make the server forget"), and a switch verb picks the right verb of an on/off pair
// (switched-verbs.ts, data/switched-verbs-r14.ts).

import { describe, expect, it } from 'vitest';
import { R14_PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs-r14.js';
import { SWITCHED_VERBS } from '../../../src/search/data/switched-verbs-r14.js';
import { R14_VERBS } from '../../../src/search/data/verbs-r14.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round-14 everyday change verbs (data/verbs-r14.ts)', () => {
  it.each(Object.entries(R14_VERBS))('verb %s', (_verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('round-14 phrasal verbs (data/phrasal-verbs-r14.ts)', () => {
  it('a longer particle is read before a shorter one of the same head', () => {
    expect(top('take i-0fedcba9876543210 out of service in auto scaling group web-asg', 1)).toEqual([
      'autoscaling:EnterStandby',
    ]);
    expect(top('take i-0fedcba9876543210 out of the web target group', 1)).toEqual([
      'elbv2:DeregisterTargets',
    ]);
  });

  it('a phrasal verb split around its object is not a light verb', () => {
    expect(top('make the build server forget its cached dependencies', 1)).toEqual([
      'codebuild:InvalidateProjectCache',
    ]);
  });

  it('giving a new thing makes it, as `give new` reads', () => {
    expect(R14_PHRASAL_VERBS['give a new']).toBeDefined();
    expect(top('give the deploy user a new access key', 1)).toEqual(['iam:CreateAccessKey']);
  });
});

describe('a switch verb picks the verb of its way in an on/off pair (switched-verbs.ts)', () => {
  it.each(SWITCHED_VERBS.map((e) => [e.example[0], e] as const))('%s', (_q, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });

  it.each([
    ['turn on 1-minute detailed monitoring', 'ec2:MonitorInstances'],
    ['switch off detailed monitoring on the web servers', 'ec2:UnmonitorInstances'],
  ])('%s -> %s first', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });
});
