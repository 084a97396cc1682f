import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from '../../../src/schema/json-position.js';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('jsonErrorPosition', () => {
  it('finds no error in any serialised JSON value', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(jsonErrorPosition(text)).toBeUndefined();
      }),
    );
  });

  it('agrees with JSON.parse on damaged JSON', () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', '}', ',', '"', ':', ']', 'x'),
        (text, at, junk) => {
          const i = at % (text.length + 1);
          const damaged = text.slice(0, i) + junk + text.slice(i + (junk ? 0 : 1));
          expect(jsonErrorPosition(damaged) === undefined).toBe(parses(damaged));
        },
      ),
    );
  });

  it('points at the offending character', () => {
    expect(jsonErrorPosition('{"a": 1,}')).toBe(8);
    expect(jsonErrorPosition('{"a" 1}')).toBe(5);
    expect(jsonErrorPosition('[1, 2')).toBe(5);
    expect(jsonErrorPosition('{} x')).toBe(3);
  });
});
