// A request for a standing rule over the things a container holds ("keep every version of the
// files", "shove files older than 90 days into glacier") sets the container's rule, not a read of
// the things (src/search/standing-rule.ts, data/standing-rule-r17-para.ts).

import { describe, expect, it } from 'vitest';
import { STANDING_RULE } from '../../../src/search/data/standing-rule-r17-para.js';
import { ruleMarkers } from '../../../src/search/standing-rule.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();
const ws = (q: string): string[] => q.split(' ');

describe('standing rules (data/standing-rule-r17-para.ts)', () => {
  it('its example finds its operation in the top 5', () => {
    expect(STANDING_RULE.why.length).toBeGreaterThan(10);
    expect(top(STANDING_RULE.example[0], 5)).toContain(STANDING_RULE.example[1]);
  });

  it('finds the marker words, and an age only when no verb acts on the things now', () => {
    expect(ruleMarkers(ws('keep every version of the files'), false)).toEqual([0, 1]);
    expect(ruleMarkers(ws('files older than 90 days into glacier'), false)).toEqual([1, 2]);
    expect(ruleMarkers(ws('delete snapshots older than 30 days'), true)).toEqual([]);
    expect(ruleMarkers(ws('learn the shape of events automatically'), false)).toEqual([]);
  });

  it('sets the rule instead of reading the things', () => {
    expect(top('keep every version of the files in s3 team-docs', 1)).toEqual(['s3:PutBucketVersioning']);
    expect(search('keep every version of the files in s3 team-docs', 1)[0]!.risk).not.toBe('read');
    // a question about the rule is left to the reads
    expect(search('does s3 team-docs keep every version of the files?', 1)[0]!.risk).toBe('read');
  });
});
