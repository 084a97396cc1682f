// Issue 16, round 19 (on-call wordings): the verbs an on-call engineer types for what they do to
// a record or a run (data/noun-verbs-r19-oncall.ts, verbs-r19-oncall.ts). Resolving an incident
// updates its record, rolling back a deployment in progress stops it;
// the cases below are other queries of the same kind.

import { describe, expect, it } from 'vitest';
import { NOUN_VERBS_R19_ONCALL } from '../../../src/search/data/noun-verbs-r19-oncall.js';
import { R19_ONCALL_VERBS } from '../../../src/search/data/verbs-r19-oncall.js';
import { VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 19 noun verbs: every entry has a reason and an example ranked first', () => {
  it.each(NOUN_VERBS_R19_ONCALL.map((e) => [e.verbs.join('/'), e] as const))('%s', (_, e) => {
    expect(e.why.length).toBeGreaterThan(10);
    expect(top(e.example[0], 1)).toEqual([e.example[1]]);
  });
});

describe('resolving or acknowledging a record updates it, where no Resolve call is named for it', () => {
  it.each([
    ['mark the open incident for checkout as resolved', 'ssm-incidents:UpdateIncidentRecord'],
    ['close the incident about the payments outage', 'ssm-incidents:UpdateIncidentRecord'],
    ['acknowledge the opsitem oi-0123abcd', 'ssm:UpdateOpsItem'],
    // a Resolve call named for the record still leads
    ['resolve support case 12345', 'support:ResolveCase'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('opening an incident still starts one', () => {
    expect(top('open an incident for the checkout outage', 1)).toEqual(['ssm-incidents:StartIncident']);
  });
});

describe('round 19 verbs: every entry has a reason and a passing example', () => {
  it.each(Object.entries(R19_ONCALL_VERBS))('verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toEqual(entry.weights);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('rolling back stops a deployment in progress; a Rollback call, where one exists, leads', () => {
  it.each([
    ['rollback codedeploy deployment d-ABCDEF123', 'codedeploy:StopDeployment'],
    ['roll back the cloudformation stack web', 'cloudformation:RollbackStack'],
    ['roll back lambda alias live to version 4', 'lambda:UpdateAlias'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('on-call verbs read by what they act on', () => {
  it.each([
    // a service with no restart call is bounced with a new deployment; a server is rebooted
    ['bounce ecs service api in cluster prod', 'ecs:UpdateService'],
    ['bounce server i-0abc1234def567890', 'ec2:RebootInstances'],
    ['isolate instance i-0abc1234def567890 into security group sg-0deadbeef', 'ec2:ModifyInstanceAttribute'],
    // an invalidation is made on a distribution (data/verb-nouns.ts places)
    ['invalidate /img/* on distribution E1A2B3C4D5 right now', 'cloudfront:CreateInvalidation'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});
