// The LRU bound and the risk rules' policy overrides, on plain values.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LruCache } from '../../../src/catalog/lru.js';
import { classifyRisk } from '../../../src/catalog/risk.js';

describe('LruCache', () => {
  it('never holds more than its capacity and evicts the least recently used', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.nat(9), { maxLength: 60 }), (cap, keys) => {
        const lru = new LruCache<number, number>(cap);
        const order: number[] = [];
        for (const k of keys) {
          if (lru.get(k) === undefined) lru.set(k, k);
          const i = order.indexOf(k);
          if (i >= 0) order.splice(i, 1);
          order.push(k);
          expect(lru.size).toBeLessThanOrEqual(cap);
        }
        expect(lru.keys()).toEqual(order.slice(-cap));
      }),
    );
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});

describe('classifyRisk', () => {
  it('uses readonly, then the verb, with destructive patterns on top', () => {
    expect(classifyRisk('x', 'FrobnicateThing', {})).toBe('write');
    expect(classifyRisk('x', 'FrobnicateThing', { 'smithy.api#readonly': {} })).toBe('read');
    expect(classifyRisk('x', 'ListThings', {})).toBe('read');
    expect(classifyRisk('x', 'DeleteThing', {})).toBe('destructive');
    expect(classifyRisk('x', 'UntagResource', {})).toBe('write');
    expect(classifyRisk('x', 'UntagResource', {}, { destructivePatterns: [/^Untag/] })).toBe('destructive');
    expect(classifyRisk('s3', 'PutObject', {}, { destructivePatterns: [/^s3:Put/] })).toBe('destructive');
    expect(classifyRisk('s3', 'PutObject', {}, { destructivePatterns: [/^sqs:/] })).toBe('write');
    // a global regex must not make matching depend on earlier calls
    const g = /Put/g;
    expect(classifyRisk('s3', 'PutObject', {}, { destructivePatterns: [g] })).toBe('destructive');
    expect(classifyRisk('s3', 'PutObject', {}, { destructivePatterns: [g] })).toBe('destructive');
  });

  it('keeps secrets out of read even when the model says readonly', () => {
    expect(classifyRisk('secretsmanager', 'GetSecretValue', { 'smithy.api#readonly': {} })).toBe(
      'sensitive-read',
    );
    expect(classifyRisk('sts', 'AssumeRole', {})).not.toBe('read');
  });
});
