// A count asked without "how many" ("give me the number of X") reads the set of X
// (src/search/count-frames.ts, data/count-frames-r14.ts); a change of a number is not a count.

import { describe, expect, it } from 'vitest';
import { COUNT_NOUNS } from '../../../src/search/data/count-frames-r14.js';
import { countAsked } from '../../../src/search/count-frames.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();

describe('count frames (data/count-frames-r14.ts)', () => {
  it.each(Object.entries(COUNT_NOUNS))(
    '%s of: its example finds its operation in the top 5',
    (word, entry) => {
      expect(entry.why.length).toBeGreaterThan(10);
      expect(entry.example[0].split(' ')).toContain(word);
      expect(top(entry.example[0], 5)).toContain(entry.example[1]);
    },
  );

  it('reads a count only where the frame is asked for', () => {
    expect(countAsked(['number', 'of', 'environments', 'we', 'run'])).toBeDefined();
    expect(countAsked(['increase', 'the', 'number', 'of', 'shards'])).toBeUndefined();
    // asked how many are allowed, it is a limit (data/question-verbs.ts)
    expect(countAsked(['the', 'number', 'of', 'vpcs', 'we', 'are', 'allowed'])).toBeUndefined();
  });

  it('a verb in the clause after the frame is not the task', () => {
    expect(top('number of elastic beanstalk environments we run', 1)).toEqual([
      'elasticbeanstalk:DescribeEnvironments',
    ]);
    expect(search('give me the number of dynamodb tables in this account', 1)[0]!.risk).toBe('read');
  });
});
