// Issue 16, round 21 (on-call and routine operations wordings): switching a thing off or on is
// its Disable*/Enable* call where one exists, else the Update* call that sets its status (an IAM
// access key goes Inactive, a Lambda event source mapping Enabled=false): data/verbs-r21-ops.ts.
// A state word right after the verb ("disable leaked key AKIA...") describes the thing acted on,
// as it does after a determiner (src/search/state-of-thing.ts).

import { describe, expect, it } from 'vitest';
import { R21_OPS_VERBS } from '../../../src/search/data/verbs-r21-ops.js';
import { VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { setAsideStateOfThing } from '../../../src/search/state-of-thing.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 21 ops verbs: every entry has a reason and a passing example', () => {
  it.each(Object.entries(R21_OPS_VERBS))('verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toEqual(entry.weights);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('switching off a thing with no Disable* call of its own updates its status', () => {
  it.each([
    ['disable access key AKIAIOSFODNN7EXAMPLE', 'iam:UpdateAccessKey'],
    ['turn off the access key for ci-deployer', 'iam:UpdateAccessKey'],
    ['deactivate the ssh public key of user alice', 'iam:UpdateSSHPublicKey'],
    [
      'disable the event source mapping from queue orders to function worker',
      'lambda:UpdateEventSourceMapping',
    ],
    ['disable the cloudfront distribution E2QWRUHAPOMQZL', 'cloudfront:UpdateDistribution'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('a Disable* call of its own still comes first', () => {
  it.each([
    ['disable the eventbridge rule nightly', 'events:DisableRule'],
    ['disable user bob in the cognito user pool', 'cognito-idp:AdminDisableUser'],
    ['disable kms key 1234abcd-12ab-34cd-56ef-1234567890ab', 'kms:DisableKey'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('a state right after the verb describes the thing acted on', () => {
  const setAside = (q: string) => [...setAsideStateOfThing(q.split(' ')).setAside.values()];

  it('is set aside with no determiner between, also after a two-word verb', () => {
    expect(setAside('disable leaked access key AKIAIOSFODNN7EXAMPLE')).toEqual(['leaked']);
    expect(setAside('reboot unhealthy node 0002')).toEqual(['unhealthy']);
    expect(setAside('cut off compromised key now')).toEqual(['compromised']);
  });

  it('is kept as the last word or in a question', () => {
    expect(setAside('restart everything stuck')).toEqual([]);
    expect(setAside('which targets are unhealthy')).toEqual([]);
  });

  it.each([
    ['disable leaked access key AKIAIOSFODNN7EXAMPLE belonging to ci-deployer', 'iam:UpdateAccessKey'],
    ['delete leaked access key AKIAIOSFODNN7EXAMPLE', 'iam:DeleteAccessKey'],
    ['rotate exposed secret prod/db/password', 'secretsmanager:RotateSecret'],
    ['reboot unhealthy node 0002 of redis cluster sessions', 'elasticache:RebootCacheCluster'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('going back to an older version points the thing that runs it back at it', () => {
  it.each([
    ['revert ecs service web to task definition web:12', 'ecs:UpdateService'],
    ['go back to the previous task definition for service payments', 'ecs:UpdateService'],
    ['roll the live alias of function checkout back to version 6', 'lambda:UpdateAlias'],
    ['roll the asg back to launch template version 3', 'autoscaling:UpdateAutoScalingGroup'],
    [
      'roll back the beanstalk environment to the previous application version',
      'elasticbeanstalk:UpdateEnvironment',
    ],
    ['roll back the managed policy to the previous edit', 'iam:SetDefaultPolicyVersion'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    ['roll back the in-progress deployment d-1A2B3C4D5 in codedeploy', 'codedeploy:StopDeployment'],
    ['roll back the stuck stack web', 'cloudformation:RollbackStack'],
    ['go back to how the orders table was at noon yesterday', 'dynamodb:RestoreTableToPointInTime'],
    ['show the previous settings of the web security group', 'config:GetResourceConfigHistory'],
  ])('a rollback call, a restore or a history read keeps its own: %s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});
