// Issue 16, round 16: acting on things that exist, said with everyday verbs. What is done again,
// or named with its state, exists (acted-on.ts); a thing gotten new is made (get-new.ts); a
// how-to's verb is the task, not a status question (how-to.ts); "fire off" a workflow starts it
// (data/noun-verbs-r16-started.ts). Each entry's example must find its operation first; the
// cases below are other queries of the same kinds, and ones the readings must leave alone.

import { describe, expect, it } from 'vitest';
import {
  AGAIN_OBJECT,
  STATE_BEFORE_KIND,
  SWITCHED_OFF,
} from '../../../src/search/data/acted-on-r16-started.js';
import { GET_NEW } from '../../../src/search/data/get-new-r16-started.js';
import { HOW_TO } from '../../../src/search/data/how-to-r16-started.js';
import { NOUN_VERBS_R16_STARTED } from '../../../src/search/data/noun-verbs-r16-started.js';
import { analyze } from '../../../src/search/analyzer.js';
import { planQuery } from '../../../src/search/query.js';
import { useBundleIndexData } from './search-fixture.js';

const { top, indexData } = useBundleIndexData();

/** Whether the plan reads a kind headed by this word as existing. */
const existsHeaded = (query: string, word: string): boolean => {
  const head = indexData().termIds.get(analyze(word)[0]!);
  return (planQuery(indexData(), query).existing?.kinds ?? []).some((k) => k.head === head);
};

describe('round 16 data: every entry has a reason and finds its example first', () => {
  it.each([
    ['AGAIN_OBJECT', AGAIN_OBJECT],
    ['STATE_BEFORE_KIND', STATE_BEFORE_KIND],
    ['SWITCHED_OFF', SWITCHED_OFF],
    ['GET_NEW', GET_NEW],
    ['HOW_TO', HOW_TO],
    ...NOUN_VERBS_R16_STARTED.map((e) => [e.verbs.join('/'), e] as const),
  ] as const)('%s', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });
});

describe('what is done again, or named with its state, exists (acted-on.ts)', () => {
  it.each([
    ['make the step functions state machine run again', 'machine'],
    ['rebuild the dev branch of my amplify app', 'branch'],
    ['resume my paused redshift cluster', 'cluster'],
    ['attach a volume to my running ec2 instance', 'instance'],
  ])('%s -> a kind headed %s exists', (query, head) => {
    expect(existsHeaded(query, head)).toBe(true);
  });

  it.each([
    // done again by a making verb: the thing was deleted, its Create is the task
    ['create the sns topic again', 'topic'],
    // "a", "new": a thing to make
    ['launch a new ec2 instance again', 'instance'],
  ])('%s -> no %s read as existing', (query, head) => {
    expect(existsHeaded(query, head)).toBe(false);
  });

  it.each([
    ['make the step functions state machine run again', 'stepfunctions:StartExecution'],
    ['start my stopped sagemaker notebook', 'sagemaker:StartNotebookInstance'],
    ['create the sns topic again', 'sns:CreateTopic'],
  ])('%s -> %s first', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });
});

describe('a thing gotten new is made; one that exists is read (get-new.ts)', () => {
  it.each([
    ['how can I get a new access key for the deploy user?', 'iam:CreateAccessKey'],
    ['grab another ssh key pair for ec2', 'ec2:CreateKeyPair'],
    ['get a new elastic ip', 'ec2:AllocateAddress'],
    ["get the new certificate's details from acm", 'acm:DescribeCertificate'],
  ])('%s -> %s first', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });
});

describe('a how-to with a state word later asks for the task (how-to.ts)', () => {
  it.each([
    ['how do I redo the codebuild build that failed?', 'codebuild:RetryBuild'],
    ['how can we rerun the athena query that failed?', 'athena:StartQueryExecution'],
  ])('%s -> %s first', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });
});

describe('restart and apply reach what only starts or executes (data/verbs.ts)', () => {
  it.each([
    ['restart the dms replication task', 'dms:StartReplicationTask'],
    ['restart my ec2 instance', 'ec2:RebootInstances'],
    ['restart the rds instance prod', 'rds:RebootDBInstance'],
    ['apply the change set on stack web', 'cloudformation:ExecuteChangeSet'],
    ['apply the pending maintenance to prod-db right away', 'rds:ApplyPendingMaintenanceAction'],
    ['fire off a message to the orders queue', 'sqs:SendMessage'],
  ])('%s -> %s first', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });
});

describe('queue as a verb, "by hand" as a manner, documentdb and application load balancer alone (round 16 data)', () => {
  it.each([
    ['queue a message for the billing worker on sqs', 'sqs:SendMessage'],
    ['queue attributes of orders', 'sqs:GetQueueAttributes'],
    // "by hand" says how the pipeline is started; changes made by hand are drift
    ['start the web-deploy codepipeline by hand', 'codepipeline:StartPipelineExecution'],
    ['find resources someone changed by hand', 'cloudformation:DetectStackDrift'],
    ['create a documentdb elastic cluster', 'docdb-elastic:CreateCluster'],
    ['add a subnet to my application load balancer', 'elbv2:SetSubnets'],
    ['attach subnets to the classic load balancer web', 'elb:AttachLoadBalancerToSubnets'],
  ])('%s -> %s first', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });

  it('documentdb alone names the instance-based service', () => {
    expect(top('list the documentdb clusters in this region', 3)).toContain('docdb:DescribeDBClusters');
  });
});

describe('a thing switched off exists (round 21, acted-on.ts SWITCHED_OFF)', () => {
  it.each([
    ['disable the event source mapping from the queue to my function', 'mapping'],
    ['turn off the trigger on the nightly etl job', 'trigger'],
    ['pause my redshift cluster', 'cluster'],
    ['deactivate the eventbridge rule', 'rule'],
  ])('%s -> a kind headed %s exists', (query, head) => {
    expect(existsHeaded(query, head)).toBe(true);
  });

  it.each([
    ['turn off the event source mapping from the queue to my function', 'lambda:UpdateEventSourceMapping'],
    ['disable the access key of user ci-bot', 'iam:UpdateAccessKey'],
  ])('%s -> %s first, not a Create', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });

  it('a making verb shows nothing exists: "create a new schedule"', () => {
    expect(existsHeaded('create a new schedule', 'schedule')).toBe(false);
  });
});
