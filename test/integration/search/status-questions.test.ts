// Status questions read the resource they name (src/search/status.ts, data/status-words.ts): a
// yes/no question about the state of one thing ("has the table finished restoring?") is answered
// by that thing's Describe/Get/List, not by an operation whose name holds the state word
// (another service's DescribeTableRestoreStatus) nor by the action. Queries across services.

import { describe, expect, it } from 'vitest';
import { STATE_NAME_WORDS, STATE_WORDS, STATUS_CLAUSES } from '../../../src/search/data/status-words.js';
import { stem } from '../../../src/search/text.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('state words (data/status-words.ts)', () => {
  it.each(Object.entries(STATE_WORDS))('%s: its example finds its operation first', (word, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(entry.example[0]).toContain(word);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });
});

describe('name words that only say the state of the thing (data/status-words.ts)', () => {
  it.each(Object.entries(STATE_NAME_WORDS))('%s: its example finds its operation first', (word, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(entry.example[1].toLowerCase()).toContain(word);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });
});

describe('indirect and clipped status questions', () => {
  it.each(Object.entries(STATUS_CLAUSES))('%s: its example finds its operation first', (word, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(entry.example[0].split(' ')).toContain(word);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });

  it('a question clipped to its words and a question mark reads, never acts', () => {
    expect(top('orders table done restoring yet?', 1)).toEqual(['dynamodb:DescribeTable']);
    expect(top('cloudformation stack finished updating?', 1)).toEqual(['cloudformation:DescribeStacks']);
    expect(top('instance i-0fedcba9876543210 still running?', 1)).toEqual(['ec2:DescribeInstances']);
  });

  it('a request with a condition is still the request', () => {
    expect(top('restart the instance if it is still running?', 2)).toContain('ec2:RebootInstances');
    expect(top('reboot my ec2 instance if it is stuck', 2)).toContain('ec2:RebootInstances');
  });
});

describe('a status question reads the thing it names', () => {
  it.each([
    ['has the lambda function finished updating', 'lambda:GetFunction'],
    ['is the sagemaker endpoint still creating', 'sagemaker:DescribeEndpoint'],
    ['is the nat gateway available yet', 'ec2:DescribeNatGateways'],
    ['has the msk cluster finished creating', 'kafka:DescribeCluster'],
    ['is the step functions execution still running', 'stepfunctions:DescribeExecution'],
    ['has the emr cluster finished starting', 'emr:DescribeCluster'],
    ['is the new app runner service running yet', 'apprunner:DescribeService'],
    ['is my documentdb cluster available', 'docdb:DescribeDBClusters'],
    // the state asked is held in a trailing Status or Run of the thing's read (heldIn)
    ['is the route53 health check passing', 'route53:GetHealthCheckStatus'],
    ['has the nightly glue job finished', 'glue:GetJobRun'],
  ])('%s -> %s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });

  it('the thing is the noun before "of" / "that", not what follows', () => {
    expect(top('is the nightly snapshot of my aurora cluster ready', 1)).toEqual([
      'rds:DescribeDBClusterSnapshots',
    ]);
  });

  it('a word no operation name uses is the thing a vocabulary phrase says it is', () => {
    // "ami" -> image: DescribeImages, not DescribeStoreImageTasks
    expect(top('has my new ami finished building', 1)).toEqual(['ec2:DescribeImages']);
  });

  it('a pasted identifier is the thing when no noun names it', () => {
    expect(top('is i-0fedcba9876543210 still running', 1)).toEqual(['ec2:DescribeInstances']);
  });

  it('a state word inside another name does not win it the question', () => {
    // "restoring" is in redshift's DescribeTableRestoreStatus; the table's own describe answers
    const got = top('has my orders table finished restoring from the backup', 3);
    expect(got[0]).toBe('dynamodb:DescribeTable');
    // "failing" meets Failure (text.ts stem): whether checks fail now is their status
    expect(top('are my route 53 health checks failing right now', 5)).toContain(
      'route53:GetHealthCheckStatus',
    );
    expect(top('are my route 53 health checks failing right now', 1)).not.toEqual([
      'route53:GetHealthCheckLastFailureReason',
    ]);
  });

  it('a why question still asks for the reason', () => {
    expect(top('why is my route 53 health check failing', 2)).toContain(
      'route53:GetHealthCheckLastFailureReason',
    );
  });

  it('the -ure noun and the verb meet in the stemmer', () => {
    expect(stem('failure')).toBe(stem('failing'));
  });
});
