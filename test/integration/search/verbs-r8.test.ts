// Issue 16, round 8: everyday verbs (data/verbs-everyday.ts) and "add X to Y" (data/phrasal-verbs.ts).
// Every entry has a reason and an example that must find its operation in the top five; the cases
// below fail without the entries they name.

import { describe, expect, it } from 'vitest';
import { EVERYDAY_VERBS } from '../../../src/search/data/verbs-everyday.js';
import { VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('everyday verbs of round 8 (data/verbs-everyday.ts)', () => {
  it.each(Object.entries(EVERYDAY_VERBS))('%s: its example finds its operation', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toEqual(entry.weights);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it('bumping a number sets it: an update, not a read', () => {
    expect(top('bump web-asg to 6 instances', 2)).toContain('autoscaling:SetDesiredCapacity');
  });

  it('dialling traffic changes the weights of what exists rather than creating', () => {
    expect(top('dial 30 percent of traffic toward us-west-2 on the accelerator', 1)).toEqual([
      'globalaccelerator:UpdateEndpointGroup',
    ]);
  });
});

describe('flushing a cdn cache (data/verbs-everyday.ts, data/verb-nouns.ts)', () => {
  it('flushing paths from a distribution creates an invalidation, not an update', () => {
    expect(top('flush /index.html and /assets/* from distribution E2QWRUHAPOMQZL', 1)).toEqual([
      'cloudfront:CreateInvalidation',
    ]);
  });
});

describe('"add X to Y" joins two things that exist (data/phrasal-verbs.ts)', () => {
  it('adding a subnet to a firewall associates it', () => {
    expect(top('add subnet-0fw11aa in us-east-1b to network firewall prod-egress-fw', 1)).toEqual([
      'network-firewall:AssociateSubnets',
    ]);
  });

  it('adding something new to a place creates it (unlessBetween)', () => {
    expect(top('add a new user to my aws account', 1)).toEqual(['iam:CreateUser']);
  });

  it('a number between add and to counts new things: not a join', () => {
    expect(top('add 0 to 64 hpc6a worker nodes to our slurm setup', 5)).toContain(
      'pcs:CreateComputeNodeGroup',
    );
  });

  it('the verb read is not a sensor reading: no time-series write beside a read of a value', () => {
    const got = top('read the config value /app/prod/db_host', 5);
    expect(got[0]).toBe('ssm:GetParameter');
    expect(got).not.toContain('timestream-write:WriteRecords');
    expect(top('store the temperature readings of our sensors', 5)).toContain(
      'timestream-write:WriteRecords',
    );
  });

  it('reading messages is receiving them', () => {
    expect(top('read the next messages from the orders queue', 1)).toEqual(['sqs:ReceiveMessage']);
  });

  it('exporting to somewhere starts an export task: a change, not a read of one', () => {
    expect(top('export my cloudwatch logs group to s3', 1)).toEqual(['logs:CreateExportTask']);
  });
});
