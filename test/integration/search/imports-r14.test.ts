// Getting or bringing what exists elsewhere into aws imports it (data/phrasal-verbs-r14-imports.ts).

import { describe, expect, it } from 'vitest';
import { R14_IMPORT_PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs-r14-imports.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('taking things into aws (data/phrasal-verbs-r14-imports.ts)', () => {
  it.each(Object.entries(R14_IMPORT_PHRASAL_VERBS))(
    '%s: its example finds its operation in the top 5',
    (key, entry) => {
      expect(entry.why.length).toBeGreaterThan(10);
      for (const w of key.split(' ')) expect(entry.example[0].split(' ')).toContain(w);
      expect(top(entry.example[0], 5)).toContain(entry.example[1]);
    },
  );

  it('reads the import, not a get of the thing', () => {
    expect(top('get our swagger file into api gateway as a rest api', 1)).toEqual([
      'apigateway:ImportRestApi',
    ]);
    expect(top('bring a vmdk disk into ec2 as an ebs snapshot', 1)).toEqual(['ec2:ImportSnapshot']);
  });
});
