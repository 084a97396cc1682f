// Issue 16, round 18: a pasted SQL statement is read as "sql statement" (sql-text.ts,
// data/sql-text-r18.ts): its verbs (UPDATE, DELETE, SELECT) are the statement's, not the
// task's, and the English around it says where it runs. Every pattern has a reason and an
// example that must find its operation in the top five; the cases below are other queries of
// the same kind.

import { describe, expect, it } from 'vitest';
import { SQL_STARTS } from '../../../src/search/data/sql-text-r18.js';
import { readSql } from '../../../src/search/sql-text.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('SQL statement patterns: every entry has a reason and a passing example', () => {
  it.each(SQL_STARTS.map((s) => [s.pattern.source, s] as const))('%s', (_, s) => {
    expect(s.why.length).toBeGreaterThan(10);
    expect(s.pattern.test(s.example[0])).toBe(true);
    expect(top(s.example[0], 5)).toContain(s.example[1]);
  });
});

describe('a pasted statement is run, its own verbs are not the task', () => {
  it('keeps the words around the statement and drops its verbs', () => {
    const read = (q: string) => readSql(q).replace(/\s+/g, ' ');
    expect(read('UPDATE t SET a=1 on my aurora cluster')).toBe(
      'run sql statement t a=1 on my aurora cluster',
    );
    expect(read('run select * from logs on the cluster')).toBe(
      'run sql statement * from logs on the cluster',
    );
  });

  it('leaves English alone', () => {
    for (const q of [
      'update the users set of my pool',
      'select the instances from us-east-1',
      'delete the table',
    ])
      expect(readSql(q)).toBe(q);
  });

  it.each([
    [
      'execute SELECT count(*) FROM events on workgroup analytics-wg database dev',
      'redshift-data:ExecuteStatement',
    ],
    ['DELETE FROM carts WHERE age > 30 on redshift cluster main', 'redshift-data:ExecuteStatement'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('an UPDATE statement on an aurora cluster is run through the Data API, not an update of a resource', () => {
    expect(top('UPDATE users SET plan=1 WHERE id=7 on my aurora cluster', 5)).toContain(
      'rds-data:ExecuteStatement',
    );
    expect(top('UPDATE users SET plan=1 WHERE id=7 on my aurora cluster', 1)[0]).not.toMatch(
      /:(Update|Modify)/,
    );
  });
});
