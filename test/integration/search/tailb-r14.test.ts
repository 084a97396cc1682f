// Round-14 tail, group b (data/concepts-r14-tailb.ts; each concept's example is checked by
// concepts.test.ts): the controls here show its phrases do not take over queries they were not
// written for, and that the scp concept no longer brings a verb of its own.

import { describe, expect, it } from 'vitest';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('concepts-r14-tailb.ts: controls', () => {
  it('"mail" as a noun of a product is not sending an email', () => {
    expect(top('mail manager archive search', 1)).toEqual(['mailmanager:StartArchiveSearch']);
  });

  it('a question about a cron expression reads, it schedules nothing', () => {
    expect(top('is the cron expression of rule nightly-cleanup right', 1)[0]).not.toMatch(/:(Create|Put)/);
  });

  it('asking AWS Support for something is not a quota request', () => {
    expect(top('ask aws support for more details on case 12345', 3)).not.toContain(
      'service-quotas:RequestServiceQuotaIncrease',
    );
  });
});

describe('service control policies take the verb of the query (concepts-services.ts)', () => {
  it.each([
    ['put our region-lock scp on the prod ou', 'organizations:AttachPolicy'],
    ['which scps are on the sandbox account', 'organizations:ListPoliciesForTarget'],
  ])('%s -> %s first', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });
});
