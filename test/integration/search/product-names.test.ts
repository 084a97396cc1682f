import { describe, expect, it } from 'vitest';
import { PRODUCT_NAMES } from '../../../src/search/data/product-names.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('product names people say for a service: each example finds its operation', () => {
  it.each(Object.entries(PRODUCT_NAMES))('%s', (name, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(entry.example[0]).toContain(name);
    expect(entry.example[1].startsWith(`${entry.service}:`)).toBe(true);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});
