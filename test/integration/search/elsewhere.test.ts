// Questions whose answer lives in another service than the thing named (src/search/elsewhere.ts):
// spend reads Cost Explorer, dependents read the reverse lookup of the kind, permission checks
// run the policy simulator. Every data entry's example, and controls that must not trigger.

import { describe, expect, it } from 'vitest';
import { BUDGET_QUESTION, NAMED_THING, SPEND } from '../../../src/search/data/asked-elsewhere.js';
import { DEPENDENT_KINDS } from '../../../src/search/data/dependents.js';
import { PERMISSION_CHECK } from '../../../src/search/data/permission-checks.js';
import type { Reasoned } from '../../../src/search/data/reasoned.js';
import { askedElsewhere } from '../../../src/search/elsewhere.js';
import { words } from '../../../src/search/text.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

const ENTRIES: readonly Reasoned[] = [
  NAMED_THING,
  SPEND.past,
  SPEND.forecast,
  BUDGET_QUESTION.answer,
  ...DEPENDENT_KINDS,
  PERMISSION_CHECK.principal,
  PERMISSION_CHECK.custom,
  PERMISSION_CHECK.decode,
  PERMISSION_CHECK.store,
];

const kindOf = (query: string) => askedElsewhere(words(query), query.split(/\s+/), false)?.kind;

describe('answers that live elsewhere (data/asked-elsewhere.ts, data/permission-checks.ts)', () => {
  it.each(ENTRIES.map((e) => [e.example[0], e] as const))('%s', (_q, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });

  it.each([
    ['what did we spend on s3 last month', 'spend'],
    ['why did our bill jump in march', 'spend'],
    ['which resources are using security group sg-0a1b2c3d', 'dependents'],
    ['where is this acm certificate being used', 'dependents'],
    ['can the deploy-role read objects from the assets bucket', 'permission'],
    ['is alice allowed to delete the table', 'permission'],
    ['why am I getting access denied on the queue', 'permission'],
    ["do bob's policies let him start instances in prod", 'permission'],
    ['would my policies allow me to read the audit bucket', 'permission'],
  ])('%s -> %s', (query, kind) => {
    expect(kindOf(query)).toBe(kind);
  });

  it.each([
    'how much does a t3.large cost per hour',
    'create a cost allocation tag for team',
    'email me when monthly spend goes over 500 dollars',
    'which policies are attached to the role ci-deploy',
    'what kms key is this bucket using',
    'can you list my roles',
    'how many lambda functions am I allowed to run',
    'which ports are allowed in security group sg-0123abcd',
    'let the deploy role read from the artifacts bucket',
    'which policies allow s3 access in this account',
  ])('control: %s is not asked elsewhere', (query) => {
    expect(kindOf(query)).toBeUndefined();
  });

  it('controls keep their own reads', () => {
    expect(top('which policies are attached to the role ci-deploy', 1)).toEqual([
      'iam:ListAttachedRolePolicies',
    ]);
    expect(top('list our nat gateways', 1)).toEqual(['ec2:DescribeNatGateways']);
  });
});
