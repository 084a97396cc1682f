// Issue 16, round 20: operations of services built on another's API (Neptune and DocumentDB on the
// RDS cluster API) borrow the asked words of the source's same-named operation, less the words
// naming only the source's engines (data/asked-twins-r20.ts, src/search/asked-twins.ts).

import { describe, expect, it } from 'vitest';
import { ASKED } from '../../../src/search/data/asked.js';
import { ASKED_TWINS } from '../../../src/search/data/asked-twins-r20.js';
import { askedWordsByOp } from '../../../src/search/asked-twins.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('asked twins: every family has a reason and examples in the top five', () => {
  it.each(ASKED_TWINS.flatMap((t) => t.examples.map((e) => [e[0], e[1], t] as const)))(
    '%s',
    (query, expected, twins) => {
      expect(twins.why.length).toBeGreaterThan(10);
      expect(top(query, 5)).toContain(expected);
    },
  );
});

describe('what is lent', () => {
  const words = askedWordsByOp();
  it('a twin borrows the source words without the engine names', () => {
    const lent = words.get('neptune:FailoverDBCluster')!;
    expect(lent).toContain('switch the writer');
    expect(words.get('docdb:ModifyDBCluster')).not.toMatch(/aurora/i);
  });
  it("a twin's own asked words win over borrowed ones", () => {
    const own = ASKED.find((e) => e.op === 'neptune:CreateDBCluster')!;
    expect(words.get('neptune:CreateDBCluster')).toBe(own.asked);
  });
  it('the source keeps its own words', () => {
    expect(words.get('rds:FailoverDBCluster')).toMatch(/writer/);
  });
});

describe('the twin is found where its service is named, the source elsewhere', () => {
  it.each([
    ['force the graph database to switch its writer over to a replica', 'neptune:FailoverDBCluster'],
    ['switch the documentdb writer to another instance', 'docdb:FailoverDBCluster'],
    ['pause our neptune cluster at night to stop paying for it', 'neptune:StopDBCluster'],
    ['fail over aurora cluster orders-aurora to a reader', 'rds:FailoverDBCluster'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});
