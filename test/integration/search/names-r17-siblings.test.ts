// A kebab token closing a phrase after its kind ("the schedule nightly-report") or after
// "<noun> for" ("the job definition for nightly-etl") is a name the user gave
// (src/search/kept-tokens.ts, data/names-r17-siblings.ts): its words do not bring a concept
// of another task or a sibling's name word.

import { describe, expect, it } from 'vitest';
import { NAME_PREPOSITIONS, NAMED_KINDS_R17 } from '../../../src/search/data/names-r17-siblings.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('kebab names after a kind or a preposition (data/names-r17-siblings.ts)', () => {
  it.each([
    ['kinds', NAMED_KINDS_R17],
    ['prepositions', NAME_PREPOSITIONS],
  ])('%s: the example finds its operation first', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });

  it('the name brings no concept: a job shown is read, not made', () => {
    expect(top('show me the settings of glue job for nightly-etl', 1)).toEqual(['glue:GetJob']);
    expect(top('list the versions of ssm document patch-windows', 1)).toEqual(['ssm:ListDocumentVersions']);
    expect(top('describe the crawler for nightly-ingest', 1)).toEqual(['glue:GetCrawler']);
  });

  it('a kebab word before the noun it modifies, or after a verb, stays words', () => {
    expect(top('what fields does the ec2 instance state-change event have?', 1)).toEqual([
      'schemas:DescribeSchema',
    ]);
    expect(top('throw away every message sitting in orders-dlq', 1)).toEqual(['sqs:PurgeQueue']);
  });
});
