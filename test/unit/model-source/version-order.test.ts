import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/model/source/version-order.js';

const date = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('compareVersions', () => {
  it('orders API version dates chronologically', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(Math.sign(compareVersions(a, b))).toBe(Math.sign(Date.parse(a) - Date.parse(b)));
      }),
    );
  });

  it('is antisymmetric on arbitrary names, and only equal names tie', () => {
    const name = fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-z-]{0,12}$/));
    fc.assert(
      fc.property(name, name, (a, b) => {
        const ab = Math.sign(compareVersions(a, b));
        expect(ab + Math.sign(compareVersions(b, a))).toBe(0);
        expect(ab === 0).toBe(a === b);
      }),
    );
  });

  it('is transitive', () => {
    const name = fc.stringMatching(/^[0-9v.-]{0,8}$/);
    fc.assert(
      fc.property(name, name, name, (a, b, c) => {
        if (compareVersions(a, b) < 0 && compareVersions(b, c) < 0) {
          expect(compareVersions(a, c)).toBeLessThan(0);
        }
      }),
    );
  });

  it('compares numbers as numbers and ranks a suffixed version below the bare one', () => {
    expect(compareVersions('v10', 'v9')).toBeGreaterThan(0);
    expect(compareVersions('2015-03-31-preview', '2015-03-31')).toBeLessThan(0);
    expect(compareVersions('2015-03-31-preview', '2014-11-13')).toBeGreaterThan(0);
  });
});
