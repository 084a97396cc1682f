// "which X are <in state Y>" is read like a status question about a set (src/search/which-state.ts,
// data/which-state-r14.ts): the things before the copula are asked for, the words after it only
// pick them by state; a participle with an object ("attached to thing X") is a relation, not a state.

import { describe, expect, it } from 'vitest';
import { STATE_LEADS, STATE_TAILS, WHICH_STATES } from '../../../src/search/data/which-state-r14.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('states after the copula (data/which-state-r14.ts)', () => {
  it.each(Object.entries(WHICH_STATES))('%s: its example finds its operation first', (word, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(entry.example[0].split(' ')).toContain(word);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });

  it('leads and tails are not states themselves', () => {
    for (const w of [...STATE_LEADS, ...STATE_TAILS]) expect(Object.hasOwn(WHICH_STATES, w)).toBe(false);
  });
});

describe('which things are in a state', () => {
  it.each([
    ['which glue crawlers are still running', 'glue:GetCrawlers'],
    ['which redshift clusters are paused right now', 'redshift:DescribeClusters'],
    ['which sagemaker notebook instances are stopped', 'sagemaker:ListNotebookInstances'],
  ])('%s -> %s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });

  it('a participle with an object ties the things to another thing', () => {
    expect(top('which certificates are attached to thing pump-9', 1)).toEqual(['iot:ListThingPrincipals']);
  });
});
