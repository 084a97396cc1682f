// Round 12 (refs): what a request refers to. A grant to a principal is the principal's policy
// (src/search/grants.ts, data/grants-r12.ts); a kebab name before the kind it names is a name
// (kept-tokens.ts, data/names-r12.ts); "what can bob do" asks what bob's policies allow
// (elsewhere.ts). Every data entry's example, and controls that must not trigger.

import { describe, expect, it } from 'vitest';
import { ACCOUNT_GRANTS, PRINCIPAL_GRANTS } from '../../../src/search/data/grants-r12.js';
import { NAME_BEFORE_KIND } from '../../../src/search/data/names-r12.js';
import type { Reasoned } from '../../../src/search/data/reasoned.js';
import { askedElsewhere } from '../../../src/search/elsewhere.js';
import { grantAsked } from '../../../src/search/grants.js';
import { words } from '../../../src/search/text.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

const ENTRIES: readonly Reasoned[] = [
  ...Object.values(PRINCIPAL_GRANTS),
  ...ACCOUNT_GRANTS.values(),
  NAME_BEFORE_KIND,
];

// people's names are in no operation's name; these test words stand for that
const grantOf = (q: string) => grantAsked(words(q), words(q), (w) => ['bucket', 'table', 's3'].includes(w));

describe('what a request refers to (data/grants-r12.ts, data/names-r12.ts)', () => {
  it.each(ENTRIES.map((e) => [e.example[0], e] as const))('%s', (_q, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });

  it.each([
    ['let the etl role read the raw bucket', 'role policy'],
    ['how do i allow the reporting lambda to read from the orders table', 'role policy'],
    ['give the ci user permission to push to ecr', 'user policy'],
    ['grant the data team group read access to the results bucket', 'group policy'],
    ['give carol read access to the reports bucket', 'user policy'],
    ["let the partner account's role read objects in our bucket", 'bucket policy'],
  ])('%s -> %s', (query, terms) => {
    expect(grantOf(query)?.terms).toBe(terms);
  });

  it.each([
    'give ci-bot user a new access key',
    'let the analysts role read the sales database in the data lake',
    'give group platform-eng the AdministratorAccess permission set in identity center',
    'let everyone read the bucket',
    'can the deploy role read the bucket',
    'give read access to the bucket',
  ])('control: %s is no grant on a principal', (query) => {
    expect(grantOf(query)).toBeUndefined();
  });

  it.each(['what can bob do in this account', 'what can the etl role do'])('%s checks a principal', (q) => {
    expect(askedElsewhere(words(q), q.split(/\s+/), false)?.answer.terms).toBe('simulate principal policy');
  });

  it('what can i do with step functions is no permission check', () => {
    const q = 'what can i do with step functions';
    expect(askedElsewhere(words(q), q.split(/\s+/), false)).toBeUndefined();
  });

  // the thing asked for decides the reverse lookup (data/dependents.ts `subjects`)
  it.each([
    ['which stacks rely on the subnet ids the network stack exports', 'list imports'],
    ['which rules trigger the cleanup lambda', 'list rule names by target'],
    ['which lambdas read from the orders queue', 'list event source mappings'],
    ['which servers were launched with the ops key pair', 'describe instances'],
    ['which stacks use the vpc', 'describe network interfaces'],
  ])('dependents: %s -> %s', (query, terms) => {
    expect(askedElsewhere(words(query), query.split(/\s+/), false)?.answer.terms).toBe(terms);
  });

  it.each([
    ['send a message to the dead-letter queue', 'sqs:SendMessage'],
    ['create a read-only user', 'iam:CreateUser'],
  ])('control: a kebab adjective stays words: %s', (query, op) => {
    expect(top(query, 5)).toContain(op);
  });
});
