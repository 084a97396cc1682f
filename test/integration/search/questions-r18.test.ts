// Issue 16, round 18 (questions as people ask them): "how" opens more questions than "how many"
// and "how much" (data/intent-r18-questions.ts), and "how did X change" asks for X's history
// as "what changed on X" does (data/history-words.ts howAux). Every entry has a reason and an
// example that must rank its read first; the cases below are other queries of the same kinds.

import { describe, expect, it } from 'vitest';
import { R18_QUESTION_OPENERS } from '../../../src/search/data/intent-r18-questions.js';
import { asksWhatChanged } from '../../../src/search/history.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();

describe('round 18 question openers: every entry has a reason and a passing example', () => {
  it.each(Object.entries(R18_QUESTION_OPENERS))('opener %s', (opener, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(entry.example[0].startsWith(`${opener} `)).toBe(true);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });
});

describe('a "how" or "any" question only looks, whatever verb it names', () => {
  it.each([
    'how close is the lambda concurrency in us-east-1 to its limit',
    'how often does the ecr lifecycle policy delete images',
    'how big is the snapshot of vol-0123456789abcdef0',
    'how did the scaling group terminate so many instances',
    'how come the nightly glue job keeps getting stopped',
    'any alarms firing in prod right now',
    'any instances still running the old ami',
    'any step function executions stuck',
  ])('%s', (query) => {
    expect(search(query, 1)[0]!.risk).toBe('read');
  });
});

describe('"how did/has X change" asks for the history of X', () => {
  it('reads as a change question with the thing before its verb', () => {
    expect(asksWhatChanged(['how', 'did', 'the', 'role', 'change'])).toBe(true);
    expect(asksWhatChanged(['how', 'has', 'the', 'policy', 'been', 'modified'])).toBe(true);
    expect(asksWhatChanged(['how', 'did', 'the', 'build', 'fail'])).toBe(false);
    expect(asksWhatChanged(['how', 'do', 'i', 'change', 'the', 'role'])).toBe(false);
    expect(asksWhatChanged(['how', 'did', 'it', 'change', 'between', 'the', 'snapshots'])).toBe(false);
  });

  it.each([
    ['how did sg-0fedcba9876543210 change since monday', 'config:GetResourceConfigHistory'],
    ['how has the configuration of i-0abc1234def567890 changed', 'config:GetResourceConfigHistory'],
  ])('%s', (query, expected) => {
    expect(top(query, 2)).toContain(expected);
  });
});

describe("whether a protection, a lock or a request's outcome holds is read from the thing itself", () => {
  it.each([
    ['does the vpc-core stack have termination protection turned on', 'cloudformation:DescribeStacks'],
    ['is vault lock in compliance mode on the prod-backups vault', 'backup:DescribeBackupVault'],
    [
      'which subnets and security groups does the orders-worker lambda run in',
      'lambda:GetFunctionConfiguration',
    ],
    ['has the acm certificate for shop.example.org been issued', 'acm:DescribeCertificate'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});
