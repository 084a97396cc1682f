// Issue 16: which clause carries the task, and when a query is a question. A verb in a side
// clause ("before deleting ...", "so we can send ...") is not the task's; "can the role ..." asks,
// "can you ..." and "have a device shipped" ask for a task. Each data entry's example must find
// its operation, and each mechanism has a case that fails without it.

import { describe, expect, it } from 'vitest';
import { SIDE_CLAUSE_MARKERS } from '../../../src/search/data/clauses.js';
import { useBundleSearch } from './search-fixture.js';

const { search, top } = useBundleSearch();

describe('side-clause markers (data/clauses.ts)', () => {
  it.each(Object.entries(SIDE_CLAUSE_MARKERS))('%s: its example finds its operation', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it('the verb of a "before ..." clause does not make the task a change', () => {
    const results = search('before deleting stack shared-net, find which stacks use its export', 3);
    expect(results.every((r) => r.risk === 'read')).toBe(true);
  });

  it('the verb of a purpose clause is not the task: "so we can send" does not send', () => {
    expect(top('verify our domain so we can send email from it', 5)).toContain('ses:VerifyDomainIdentity');
    expect(top('verify our domain so we can send email from it', 5)).not.toContain('ses:SendEmail');
  });

  it('with no verb outside the side clause, its verb is still the task', () => {
    expect(top('before deleting the stack', 1)).toEqual(['cloudformation:DeleteStack']);
  });
});
