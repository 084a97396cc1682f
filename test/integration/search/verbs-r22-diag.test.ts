// Issue 16, round 22 (people debugging): "tell me the X" reads X, as "show me" does, so a verb
// later in the sentence is not the task; "tell me when X happens" sets a watch up, as "alert me"
// does (data/verbs-r22-diag.ts).

import { describe, expect, it } from 'vitest';
import { R22_DIAG_VERBS } from '../../../src/search/data/verbs-r22-diag.js';
import { VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 22 diag verbs: every entry has a reason and a passing example', () => {
  it.each(Object.entries(R22_DIAG_VERBS))('verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toEqual(entry.weights);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('"tell me the X" reads X on several services', () => {
  it.each([
    ['tell me how many executions lambda may run at once in this account', 'lambda:GetAccountSettings'],
    ['tell me which security groups allow ssh from anywhere', 'ec2:DescribeSecurityGroups'],
    ['tell me which subnets the rds instance orders-db sits in', 'rds:DescribeDBInstances'],
  ])('%s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });

  it('control: "tell me when" still sets a watch up', () => {
    expect(top('tell me when we are over budget', 2)).toContain('budgets:CreateBudget');
  });
});
