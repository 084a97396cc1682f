// Round 14, second-tier services (group a): a misspelt service name, once corrected, counts as
// fully as the typed name (src/search/query.ts addContentTerms), so a generic operation name of
// another service ("ListClusters") does not outrank the named service's own operation.

import { describe, expect, it } from 'vitest';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('a corrected service name weighs as much as the typed one', () => {
  it.each([
    ['list the elastcache clusters', 'elasticache:DescribeCacheClusters'],
    ['list the elasticache clusters', 'elasticache:DescribeCacheClusters'],
  ])('%s -> %s first', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('ranks the corrected query as the typed one', () => {
    expect(top('list the elastcache clusters', 3)).toEqual(top('list the elasticache clusters', 3));
  });
});
