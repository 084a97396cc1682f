import { describe, expect, it } from 'vitest';
import { compatiblePattern } from '../../../src/schema/patterns.js';

function re(source: string): RegExp {
  const p = compatiblePattern(source).pattern;
  expect(p, `pattern ${source} should be kept`).toBeDefined();
  return new RegExp(p!, 'u');
}

describe('compatiblePattern', () => {
  it('keeps ECMAScript-compatible patterns as they are', () => {
    expect(compatiblePattern('^[a-zA-Z0-9_.-]+$').pattern).toBe('^[a-zA-Z0-9_.-]+$');
  });

  it('translates Java-only syntax with the same meaning', () => {
    expect(re('^o-[0-9a-f]{4}\\-[0-9a-f]{2}$').test('o-abcd-12')).toBe(true);
    expect(re('^[a-zA-Z0-9\\-\\_\\.]{1,50}$').test('a-b_c.d')).toBe(true);
    expect(re('^[a-zA-Z0-9\\-\\_\\.]{1,50}$').test('a b')).toBe(false);
    expect(re('^\\p{Print}+$').test('Hello, world!')).toBe(true);
    expect(re('^\\p{Print}+$').test('tab\there')).toBe(false);
    expect(re('^(?s).+$').test('two\nlines')).toBe(true);
    expect(re('\\A[a-z]+\\Z').test('abc')).toBe(true);
    expect(re('^[\\w\\s-_]+$').test('a -_b')).toBe(true);
  });

  it('drops what it cannot translate, with a note', () => {
    for (const p of ['^(?i)(true|false)$', '^[\\p{Print}&&[^|:/]]+$']) {
      const r = compatiblePattern(p);
      expect(r.pattern).toBeUndefined();
      expect(r.dropped).toMatch(/not enforced/);
    }
  });
});
