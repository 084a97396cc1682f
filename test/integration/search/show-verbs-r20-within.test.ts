// Round 20: a verb that only shows ("show", "print", "display", "view") asks to see what a
// concept names, as a question does; the change the concept's verb would make is not asked
// (src/search/question-concepts.ts showsOnly, data/show-verbs-r20-within.ts).

import { describe, expect, it } from 'vitest';
import { SHOW_VERBS } from '../../../src/search/data/show-verbs-r20-within.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();

describe('a showing verb reads what its concept names', () => {
  it('its example finds its operation in the top 5', () => {
    expect(SHOW_VERBS.why.length).toBeGreaterThan(10);
    expect(top(SHOW_VERBS.example[0], 5)).toContain(SHOW_VERBS.example[1]);
  });

  it.each([
    ['show the image cleanup lifecycle policy on ecr repo web-frontend', 'ecr:GetLifecyclePolicy'],
    ['show the lifecycle rules of bucket media', 's3:GetBucketLifecycleConfiguration'],
    ['show the filter policy set on an SNS subscription', 'sns:GetSubscriptionAttributes'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a show verb inside a clause is not the request', () => {
    expect(search('mask credit card numbers that show up in log lines', 1)[0]!.risk).not.toBe('read');
  });
});
