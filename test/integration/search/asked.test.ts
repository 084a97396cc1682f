// Every entry of the asked field (src/search/data/asked*.ts) names an operation the catalog
// has, adds words its name does not already carry, and its example query, written the way a
// person asks, finds the operation in the top five.

import { describe, expect, it } from 'vitest';
import { ASKED } from '../../../src/search/data/asked.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();
const top5 = (query: string): string[] => top(query, 5);

describe('asked field (data/asked*.ts)', () => {
  it('names each operation once', () => {
    const seen = new Set<string>();
    for (const e of ASKED) {
      expect(seen.has(e.op), e.op).toBe(false);
      seen.add(e.op);
    }
  });

  it.each(ASKED.map((e) => [e.op, e] as const))('%s: its example finds it', (op, e) => {
    expect(e.asked.split(/\s+/).length).toBeGreaterThanOrEqual(4);
    expect(e.example.toLowerCase()).not.toBe(e.asked.toLowerCase());
    expect(top5(e.example)).toContain(op);
  });
});
