// Issue 16, round 19 (how an agent words a search mid-task): the symptom comes first and the want
// after a clause break ("stack x is stuck; need its events", "..., so I need ..."), and the want
// is read as the request, the symptom as its context (want-clause.ts, data/want-clause-r19-agent.ts);
// "need the X" / "want its X" asks to see X, unless a participle after X asks for it done
// ("need the old snapshots removed"; data/verbs-r19-agent.ts, want-done.ts). Every entry has a
// reason and an example; the cases below are other queries of the same kinds.

import { describe, expect, it } from 'vitest';
import { WANT_OPENERS } from '../../../src/search/data/want-clause-r19-agent.js';
import { R19_AGENT_READS, R19_AGENT_VERBS } from '../../../src/search/data/verbs-r19-agent.js';
import { VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { requestFocus } from '../../../src/search/request-sentence.js';
import { wantClauses } from '../../../src/search/want-clause.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('want openers (data/want-clause-r19-agent.ts): every entry has a reason and finds its example first', () => {
  it.each(Object.entries(WANT_OPENERS))('%s', (opener, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(entry.example[0].toLowerCase()).toContain(` ${opener} `);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });
});

describe('wants of a definite thing (data/verbs-r19-agent.ts): read it', () => {
  it.each(Object.entries(R19_AGENT_VERBS))('%s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toEqual(entry.weights);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('verbs of an investigation (data/verbs-r19-agent.ts): read what they name', () => {
  it.each(Object.entries(R19_AGENT_READS))('%s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toEqual(entry.weights);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it.each([
    ['figure out which kms key encrypts the secret prod/db', 'secretsmanager:DescribeSecret'],
    ['find out how long log group /aws/lambda/api keeps its events', 'logs:DescribeLogGroups'],
    ['dig into why the codebuild build web:42 failed', 'codebuild:BatchGetBuilds'],
    ['I need a list of all lambda functions still on python3.8', 'lambda:ListFunctions'],
  ])('%s', (query, op) => {
    expect(top(query, 3)).toContain(op);
  });
});

describe('where a want is cut from its situation', () => {
  it.each([
    ['stack x is stuck; need its events', ['stack x is stuck', 'need its events']],
    [
      'the lambda times out, so I want to know its subnets',
      ['the lambda times out', 'I want to know its subnets'],
    ],
    [
      'the queue keeps growing - we need to see its sources',
      ['the queue keeps growing', 'we need to see its sources'],
    ],
    [
      'the cluster is flapping: need the recent events',
      ['the cluster is flapping', 'need the recent events'],
    ],
    [
      'the role gets denied, and I have to see its policies',
      ['the role gets denied', 'I have to see its policies'],
    ],
  ])('%s', (line, pieces) => {
    expect(wantClauses(line)).toEqual(pieces);
  });

  it.each([
    'list the jobs stuck in RUNNABLE so I can see why they wait',
    'I need the logs of the failed step',
    'the app needs the bootstrap broker string for cluster x',
    'stop the instance, then we need nothing else',
  ])('no want after a clause break: one piece (%s)', (line) => {
    expect(wantClauses(line)).toEqual([line]);
  });

  it('the want is the request, the situation its context, however short the line', () => {
    const f = requestFocus('stack web-prod failed to update; need its events');
    expect(f).toEqual({
      request: 'need its events',
      context: 'stack web-prod failed to update',
      joined: true,
    });
  });

  it('a short line without a want stays one request', () => {
    expect(requestFocus('prod is down; restart the service')).toBeUndefined();
  });
});

describe('symptom, then the want: the want is the task', () => {
  it.each([
    [
      'the ECS service checkout keeps restarting tasks; need the stopped reason of its last tasks',
      'ecs:DescribeTasks',
    ],
    [
      'queue orders-dlq keeps growing - need to know which queues send their failures to it',
      'sqs:ListDeadLetterSourceQueues',
    ],
    [
      "the ASG web-asg isn't scaling out under load, so I need its scaling activities",
      'autoscaling:DescribeScalingActivities',
    ],
    ['the redis cluster is flapping: need the recent events from elasticache', 'elasticache:DescribeEvents'],
    [
      'the export lambda keeps timing out; trying to get its timeout and memory configuration',
      'lambda:GetFunctionConfiguration',
    ],
  ])('%s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });
});

describe('a want of a thing with a participle after it asks for the thing done (want-done.ts)', () => {
  it.each([
    ['I need the old snapshots removed before the audit', 'ec2:DeleteSnapshot'],
    ['we want the idle instances stopped tonight', 'ec2:StopInstances'],
    ['I want the old bucket deleted', 's3:DeleteBucket'],
  ])('%s', (query, op) => {
    expect(top(query, 2)).toContain(op);
  });

  it.each([
    ['we no longer need the old nat gateway, delete it', 'ec2:DeleteNatGateway'],
    ["we don't need the staging bucket anymore, remove it", 's3:DeleteBucket'],
    [
      'we need our own private certificate authority for internal services',
      'acm-pca:CreateCertificateAuthority',
    ],
  ])('a denied want, or one of a new thing, is no look: %s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });

  it('a participle tied to a thing after it names the things: still a read', () => {
    expect(top('need the managed policies attached to role deploy-bot', 1)).toEqual([
      'iam:ListAttachedRolePolicies',
    ]);
  });
});
