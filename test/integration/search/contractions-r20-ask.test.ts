// Contractions split at the apostrophe left "t", "doesn", "isn" and the "s" of "what's" as
// content words, the first of them the head noun (src/search/contractions.ts,
// data/contractions-r20.ts). The halves of "n't" are no content words; "what's", "who's", "we're"
// are spelt out; a possessive "'s" after a noun stays as typed.

import { describe, expect, it } from 'vitest';
import { CLITICS, NEGATED_HALVES, WONT } from '../../../src/search/data/contractions-r20.js';
import { isNegatedHalf, withoutClitics } from '../../../src/search/contractions.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('contractions (data/contractions-r20.ts)', () => {
  it('each entry has a reason and its example finds its operation', () => {
    for (const e of [NEGATED_HALVES, CLITICS, WONT]) {
      expect(e.why.length).toBeGreaterThan(10);
      expect(top(e.example[0], 5)).toContain(e.example[1]);
    }
  });

  it('the halves of a negated contraction are no content words, not "don" (done), "won", "cannot"', () => {
    for (const w of ['t', 'doesn', 'isn', 'aren']) expect(isNegatedHalf(w)).toBe(true);
    for (const w of ['don', 'won', 'cannot']) expect(isNegatedHalf(w)).toBe(false);
  });

  it('a clitic after a pronoun is spelt out, a possessive stays', () => {
    expect(withoutClitics("what's the bucket's policy")).toBe("what is the bucket's policy");
    expect(withoutClitics("who's subscribed, we're sure it'll fail")).toBe(
      'who is subscribed, we are sure it will fail',
    );
  });

  it("\"why can't / isn't / won't X\" reads X as the thing asked about", () => {
    expect(top("why isn't the orders glue crawler picking up new partitions?", 1)).toEqual([
      'glue:GetCrawler',
    ]);
    expect(top("why won't my ecs task start?", 1)).toEqual(['ecs:DescribeTasks']);
    expect(top("why can't my ec2 instance pull images from ecr?", 6)).toContain('ec2:DescribeInstances');
  });

  it('"what\'s" and "who\'s" are questions about the thing, not an "s"', () => {
    expect(top("what's the retention on the orders-audit log group?", 1)).toEqual(['logs:DescribeLogGroups']);
    expect(top("who's subscribed to billing-alerts", 1)).toEqual(['sns:ListSubscriptionsByTopic']);
    expect(top("halt the chaos experiment that's running", 1)).toEqual(['fis:StopExperiment']);
  });
});
