// Issue 16, round 22 (plain words): a thing named with "a"/"an" and no verb before what it is for
// is wished made (noun-phrase.ts wishedFor, data/noun-phrase-r22-plain.ts); a read named that way
// ("a list of ...") and a question keep their reading.

import { describe, expect, it } from 'vitest';
import { WISHED_FOR } from '../../../src/search/data/noun-phrase-r22-plain.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('a thing wished for, with no verb before what it is for, is made', () => {
  it('has a reason and its example first', () => {
    expect(WISHED_FOR.why.length).toBeGreaterThan(10);
    expect(top(WISHED_FOR.example[0], 1)).toEqual([WISHED_FOR.example[1]]);
  });

  it.each([
    ['a shared drive that several servers can use at the same time', 'efs:CreateFileSystem'],
    ['a private network for our servers', 'ec2:CreateVpc'],
    ['a place to keep our docker images', 'ecr:CreateRepository'],
    ['an encryption key for the payroll data', 'kms:CreateKey'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a list named that way is still read', () => {
    expect(top('a list of our sqs queues', 1)).toEqual(['sqs:ListQueues']);
  });
});
