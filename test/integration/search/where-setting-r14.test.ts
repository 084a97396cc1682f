// "where does X send its Y" asks for a setting of X, which its own read returns
// (src/search/where-setting.ts, data/where-setting-r14.ts), not the destination's service nor an
// operation named for what is sent, nor a read named for X's state (GetTrailStatus).

import { describe, expect, it } from 'vitest';
import { ROUTING_VERBS, WHERE_AUXILIARIES } from '../../../src/search/data/where-setting-r14.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('routing verbs (data/where-setting-r14.ts)', () => {
  it.each(Object.entries(ROUTING_VERBS))('%s: its example finds its operation first', (word, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(entry.example[0].split(' ')).toContain(word);
    expect(entry.example[0].split(' ')[1]).toSatisfy((w: string) => WHERE_AUXILIARIES.has(w));
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });
});

describe('where a thing routes something', () => {
  it.each([
    ['where does the appsync graphql api log to', 'appsync:GetGraphqlApi'],
    ['where does the mwaa environment log to', 'mwaa:GetEnvironment'],
  ])('%s -> %s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });

  it('a where-question that names no routing verb is left to the other readings', () => {
    expect(top('where is my cloudtrail trail stored', 3)).toContain('cloudtrail:GetTrail');
  });
});
