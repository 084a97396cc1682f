// Every data entry that drives ranking earns its place: each concept, question opener and
// identifier pattern carries a reason and an example query, and the example must find the
// operation the entry is for in its top five (question examples: nothing that changes first).

import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../../src/search/data/concepts.js';
import { QUESTION_OPENERS } from '../../../src/search/data/intent.js';
import { LIGHT_VERBS, VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { ID_PATTERNS, ID_PREFIXES } from '../../../src/search/data/resource-ids.js';
import { useBundleSearch } from './search-fixture.js';

const { search, top } = useBundleSearch();
const top5 = (query: string): string[] => top(query, 5);

describe('concepts (data/concepts*.ts)', () => {
  it.each(CONCEPTS.map((c) => [c.phrases[0]!, c] as const))('%s: its example finds its operation', (_, c) => {
    expect(c.why.length).toBeGreaterThan(10);
    expect(c.phrases.length).toBeGreaterThan(0);
    expect(top5(c.example[0])).toContain(c.example[1]);
  });
});

describe('question openers (data/intent.ts)', () => {
  it.each(Object.entries(QUESTION_OPENERS))('%s: a question gets a read first', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    const results = search(entry.example[0], 5);
    expect(results.map((r) => `${r.service}:${r.operation}`)).toContain(entry.example[1]);
    expect(['read', 'sensitive-read']).toContain(results[0]!.risk);
  });
});

describe('identifiers (data/resource-ids.ts)', () => {
  const entries = [
    ...Object.entries(ID_PREFIXES),
    ...ID_PATTERNS.map((p) => [String(p.pattern), p] as const),
  ];
  it.each(entries)('%s: its example finds its operation', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top5(entry.example[0])).toContain(entry.example[1]);
  });
});

describe('light verbs (data/verbs.ts)', () => {
  it.each(Object.entries(LIGHT_VERBS))('%s: the concept after it decides the verb', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top5(entry.example[0])).toContain(entry.example[1]);
  });
});

describe('everyday verbs (data/verbs.ts)', () => {
  it.each([
    ['let', 'let another account publish to my topic', 'sns:AddPermission'],
    ['discard', 'discard all messages in the orders queue', 'sqs:PurgeQueue'],
    ['text', 'text the one-time code 481902 to +15555550123', 'sns:Publish'],
    ['mail', 'mail a password reset link to the user with ses', 'sesv2:SendEmail'],
  ])('%s: %s', (verb, query, expected) => {
    expect(VERB_SYNONYMS[verb]).toBeDefined();
    expect(top5(query)).toContain(expected);
  });
});
