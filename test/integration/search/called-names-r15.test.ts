// Round-15 traps: a concept word that is a resource's name, or the object of another typed verb,
// does not take the task over (called-names.ts, concept-verbs.ts, data/called-names-r15.ts,
// data/concept-verbs-r15-traps.ts, data/verbs-r15-traps.ts).

import { describe, expect, it } from 'vitest';
import { calledName } from '../../../src/search/called-names.js';
import { NAME_QUOTES, NAMING_WORDS } from '../../../src/search/data/called-names-r15.js';
import { CONCEPT_AS_OBJECT } from '../../../src/search/data/concept-verbs-r15-traps.js';
import { R15_TRAP_VERBS } from '../../../src/search/data/verbs-r15-traps.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('a name is not a concept (called-names.ts)', () => {
  it.each([
    ['NAMING_WORDS', NAMING_WORDS],
    ['NAME_QUOTES', NAME_QUOTES],
    ['CONCEPT_AS_OBJECT', CONCEPT_AS_OBJECT],
  ] as const)('%s: its example finds its operation in the top five', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it.each([
    ['purge the queue named invoices', 4, true],
    ['describe the stream called clickstream', 4, true],
    ['back up the table "receipts"', 4, true],
    ['the role called by lambda', 3, false],
    ['the "throttling" error', 1, false],
  ] as const)('%s: token %i is a called name: %s', (query, i, named) => {
    expect(calledName(query.split(' '), i)).toBe(named);
  });

  it('a name right after its kind, even an operation name or a compound adjective, stays a name', () => {
    expect(top('delete the lambda function translate-text', 1)).toEqual(['lambda:DeleteFunction']);
    expect(top('delete the alarm high-cpu', 1)).toEqual(['cloudwatch:DeleteAlarms']);
  });

  it('a concept keeps its verb when the typed verb is its own or none is typed', () => {
    expect(top('analyze the receipt', 1)).toEqual(['textract:AnalyzeExpense']);
    expect(top('mail a receipt to a customer', 1)[0]).not.toMatch(/^textract:/);
  });
});

describe('round-15 change verbs (data/verbs-r15-traps.ts)', () => {
  it.each(Object.entries(R15_TRAP_VERBS))('verb %s', (_verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});
