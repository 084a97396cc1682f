// The PostgreSQL statements share the SQLite ones' @name parameters: each name becomes one
// positional parameter, however often it appears, and a missing value is an error, not a NULL.

import fc from 'fast-check';
import { expect, it } from 'vitest';
import { named } from '../../../src/state/postgres/pool.js';

it('numbers names by first use and reuses the number of a repeated name', () => {
  expect(named('SET a = @x, b = @y WHERE c > @x', { x: 1, y: 'two' })).toEqual([
    'SET a = $1, b = $2 WHERE c > $1',
    [1, 'two'],
  ]);
});

it('refuses a statement naming a value it was not given', () => {
  expect(() => named('WHERE id = @id', {})).toThrow('no value for @id');
});

it('passes exactly the named values, in the order of their numbers', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.stringMatching(/^[a-z]\w{0,8}$/), { minLength: 1, maxLength: 6 }),
      (names) => {
        const values = Object.fromEntries(names.map((n, i) => [n, i]));
        const [sql, params] = named(names.map((n) => `@${n}`).join(', '), values);
        expect(sql).toBe(names.map((_, i) => `$${i + 1}`).join(', '));
        expect(params).toEqual(names.map((_, i) => i));
      },
    ),
  );
});
