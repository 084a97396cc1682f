// Issue 16, round 19 (choosing among one service's operations): a verb word that is a noun by its
// place in the sentence (data/verb-as-noun-r19-siblings.ts, verb-as-noun.ts) is not the task's
// verb, so the query reads the thing instead of starting or changing it. Every entry has a reason
// and an example that must find its operation in the top five; the cases are other wordings.

import { describe, expect, it } from 'vitest';
import {
  AFTER_SUBJECT,
  COPULAS,
  EXISTING_OPENERS,
  PHRASE_OPENERS,
  RELATIVE_PRONOUNS,
} from '../../../src/search/data/verb-as-noun-r19-siblings.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 19 verb words read as nouns: every entry has a reason and a passing example', () => {
  it.each(Object.entries({ AFTER_SUBJECT, PHRASE_OPENERS, COPULAS, RELATIVE_PRONOUNS, EXISTING_OPENERS }))(
    '%s',
    (_, entry) => {
      expect(entry.why.length).toBeGreaterThan(10);
      expect(top(entry.example[0], 5)).toContain(entry.example[1]);
    },
  );
});

describe('a verb word inside a noun phrase names the thing', () => {
  it.each([
    ['the codebuild build was stuck in queued for an hour, show its phases', 'codebuild:BatchGetBuilds'],
    ['earlier runs of my codepipeline release', 'codepipeline:ListPipelineExecutions'],
    ['status of the rds snapshot export task exp-1', 'rds:DescribeExportTasks'],
    ['events of my sfn execution that timed out', 'stepfunctions:GetExecutionHistory'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('a verb before its determiner is still the order', () => {
  it.each([
    ['release the elastic ip 3.4.5.6', 'ec2:ReleaseAddress'],
    ['delete the s3 bucket old-logs', 's3:DeleteBucket'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('a noun phrase of things that exist, with no verb, looks at them', () => {
  it.each([
    ['my old classic load balancers in us-east-1', 'elb:DescribeLoadBalancers'],
    ['previous runs of the nightly-etl glue job', 'glue:GetJobRuns'],
    ['earlier runs of the web-release pipeline', 'codepipeline:ListPipelineExecutions'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a state it should be in is still a change', () => {
    expect(
      top('the write capacity of the orders dynamodb table should float between 10 and 200', 3),
    ).toContain('application-autoscaling:RegisterScalableTarget');
  });
});
