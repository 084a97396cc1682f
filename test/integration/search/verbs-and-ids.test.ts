// Issue 16, round 5b: how a query is phrased. Every entry of the phrasal-verb, verb-noun and
// runtime-service tables carries a reason and an example that must find its operation in the
// top five; the mechanisms they feed (resource names, questions about a state, managed-policy ARNs,
// instance types) each have a case here that fails without them.

import { describe, expect, it } from 'vitest';
import { DELETE_ALL, PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs.js';
import { RUNTIME_SERVICES } from '../../../src/search/data/runtime-services.js';
import { RECORD_LITERAL } from '../../../src/search/data/resource-ids.js';
import { VERB_NOUNS } from '../../../src/search/data/verb-nouns.js';
import { VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { useBundleSearch } from './search-fixture.js';

const { search, top } = useBundleSearch();

describe('phrasal verbs split around their object (data/phrasal-verbs.ts)', () => {
  it.each(Object.entries(PHRASAL_VERBS))('%s: its example finds its operation', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it('deleting every one of something empties its container when a call does that', () => {
    expect(DELETE_ALL.why.length).toBeGreaterThan(10);
    expect(top(DELETE_ALL.example[0], 1)).toEqual([DELETE_ALL.example[1]]);
    expect(top('delete the message from the orders queue', 1)).toEqual(['sqs:DeleteMessage']);
  });

  it('the particle decides the verb: "put ... to sleep" pauses, it does not Put', () => {
    expect(top('put my redshift cluster to sleep', 1)).toEqual(['redshift:PauseCluster']);
  });
});

describe('verbs that name what they make (data/verb-nouns.ts)', () => {
  it.each(Object.entries(VERB_NOUNS))('%s: its example finds its operation', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toBeDefined();
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('runtime services when the query uses the thing (data/runtime-services.ts)', () => {
  it.each(Object.entries(RUNTIME_SERVICES))('%s: its example finds its operation', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it('configuring still finds the control plane', () => {
    expect(top('create a sagemaker endpoint', 1)).toEqual(['sagemaker:CreateEndpoint']);
    expect(top('create a bedrock agent', 1)).toEqual(['bedrock-agent:CreateAgent']);
  });
});

describe('everyday verbs of round 5b (data/verbs.ts)', () => {
  it.each([
    ['get rid of', 'get rid of instance i-0abcd1234ef567890', 'ec2:TerminateInstances'],
    ['give', 'give the role auditor the ReadOnlyAccess managed policy', 'iam:AttachRolePolicy'],
    ['ask', 'ask my bedrock knowledge base a question', 'bedrock-agent-runtime:RetrieveAndGenerate'],
    ['chat', 'chat with my bedrock agent', 'bedrock-agent-runtime:InvokeAgent'],
    ['talk', 'talk to my lex bot', 'lexv2-runtime:RecognizeText'],
    ['stash', 'stash the db url in parameter store', 'ssm:PutParameter'],
    ['record', 'record a user click event for personalize', 'personalize-events:PutEvents'],
    ['transcode', 'transcode my video with mediaconvert', 'mediaconvert:CreateJob'],
    ['resubmit', 'resubmit the aws batch job', 'batch:SubmitJob'],
    ['invalidate', 'invalidate the cloudfront cache for /index.html', 'cloudfront:CreateInvalidation'],
    ['share', 'share my ami with another account', 'ec2:ModifyImageAttribute'],
    ['grab', 'grab the next message from my sqs queue', 'sqs:ReceiveMessage'],
    ['take', 'take a snapshot of my ebs volume', 'ec2:CreateSnapshot'],
    ['buy', 'buy a domain name with route 53', 'route53domains:RegisterDomain'],
    ['back out of', 'back out of the cloudformation stack update', 'cloudformation:CancelUpdateStack'],
  ])('%s: %s', (verb, query, expected) => {
    expect(VERB_SYNONYMS[verb]).toBeDefined();
    expect(top(query, 5)).toContain(expected);
  });
});

describe('what the words are not', () => {
  it('a resource name is not a task word: "nightly" in nightly-etl is no schedule', () => {
    expect(top('rerun glue job nightly-etl', 1)).toEqual(['glue:StartJobRun']);
  });

  it('a name of three parts before a service is a name; a two-part word before one is a word', () => {
    // "cron" inside the function's name is no schedule
    const r = top('remove the old-cron-cleanup lambda, nothing calls it anymore', 5);
    expect(r).toContain('lambda:DeleteFunction');
    expect(r.filter((x) => /^(events|scheduler):/.test(x))).toEqual([]);
    expect(top('write a customer-managed iam policy that reads one bucket', 5)).toContain('iam:CreatePolicy');
  });

  it('a specific verb the asked words use agrees with the operation (flush -> CreateInvalidation)', () => {
    expect(top('flush /app.js from distribution E2QWRUHAPOMQZL', 1)).toEqual([
      'cloudfront:CreateInvalidation',
    ]);
    // a read whose asked words mention the verb ("when was it last rotated") is no rotation
    expect(top('rotate the api key secret for the payments service', 1)).toEqual([
      'secretsmanager:RotateSecret',
    ]);
  });

  it('a question about a state reads it: "been validated" is no Validate* call', () => {
    const r = search('has the certificate for my site been validated yet', 5);
    expect(`${r[0]!.service}:${r[0]!.operation}`).toMatch(/^acm:(Get|Describe)Certificate$/);
    expect(['read', 'sensitive-read']).toContain(r[0]!.risk);
  });

  it('a record literal is one item, and its keys are not task words', () => {
    expect(RECORD_LITERAL.why.length).toBeGreaterThan(10);
    expect(top(RECORD_LITERAL.example[0], 5)).toContain(RECORD_LITERAL.example[1]);
    expect(top("put {id: 7, status: 'open'} into the Tickets table", 1)).toEqual(['dynamodb:PutItem']);
  });

  it('an AWS managed policy ARN (account `aws`) names IAM and a policy', () => {
    const r = top('what does arn:aws:iam::aws:policy/ReadOnlyAccess allow', 5);
    expect(r[0]).toMatch(/^iam:/);
    // what a policy allows is its document: GetPolicyVersion returns it, GetPolicy names it
    expect(r.filter((x) => x === 'iam:GetPolicy' || x === 'iam:GetPolicyVersion')).not.toHaveLength(0);
  });
});

describe('round 7: services, verbs and intent the self-play queries showed', () => {
  it('a vocabulary phrase names a service whose id has a hyphen (permission set -> sso-admin)', () => {
    expect(top('assign the permission set ReadOnly to group auditors on account 210987654321', 1)).toEqual([
      'sso-admin:CreateAccountAssignment',
    ]);
  });

  it('a verb word after a determiner is a noun: "any update" asks, it does not update', () => {
    expect(top('any update from aws on our open support ticket?', 1)).toEqual(['support:DescribeCases']);
  });

  it('a reading verb an operation is named for is what was asked (receive -> ReceiveMessage)', () => {
    expect(top('receive messages from the orders queue', 1)).toEqual(['sqs:ReceiveMessage']);
  });

  it('a read whose verb disagrees with a requested change ranks below the change', () => {
    expect(top('switch on runtime monitoring for eks in guardduty', 1)).toEqual(['guardduty:UpdateDetector']);
  });
});
