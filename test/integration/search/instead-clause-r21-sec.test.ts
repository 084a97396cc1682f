// Issue 16, round 21 (security and governance): "<old practice>, <new one> instead" asks for the
// new practice, the old one is only why (want-clause.ts, data/instead-clause-r21-sec.ts); and
// "keep X somewhere safe" stores X (data/phrasal-verbs-r21-sec.ts).

import { describe, expect, it } from 'vitest';
import { INSTEAD_CLAUSE } from '../../../src/search/data/instead-clause-r21-sec.js';
import { R21_SEC_PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs-r21-sec.js';
import { wantClauses } from '../../../src/search/want-clause.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 21 instead-clause and phrasal data have a reason and a passing example', () => {
  it.each([
    ['instead clause', INSTEAD_CLAUSE] as const,
    ...Object.entries(R21_SEC_PHRASAL_VERBS).map(([k, e]) => [k, e] as const),
  ])('%s', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('a last clause ending in "instead" is the request', () => {
  it('cuts the sentence before it, and only at a clause break', () => {
    expect(wantClauses('stop opening ssh on the boxes, connect through session manager instead')).toEqual([
      'stop opening ssh on the boxes',
      'connect through session manager instead',
    ]);
    expect(wantClauses('use sqs instead of sns for the orders')).toEqual([
      'use sqs instead of sns for the orders',
    ]);
    expect(wantClauses('stop rotating it; keep the old one, not a new one')).toEqual([
      'stop rotating it; keep the old one, not a new one',
    ]);
  });

  it.each([
    ['stop opening ssh on the instances, connect through session manager instead', 'ssm:StartSession', 1],
    [
      'quit pasting the api token into the build script, keep it in secrets manager instead',
      'secretsmanager:CreateSecret',
      2,
    ],
  ] as const)('%s', (query, expected, n) => {
    expect(top(query, n)).toContain(expected);
  });
});
