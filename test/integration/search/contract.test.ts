// The search contract: input bounds, useless queries, no-match answers, policy filtering and
// the size of what is returned.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/types.js';
import { isToolError } from '../../../src/errors/tool-error.js';
import type { FilterVerdict, SearchIndex, SearchOperation } from '../../../src/search/types.js';
import { openBundleSearch } from './search-fixture.js';

let index: SearchIndex;
let catalog: Catalog;
beforeAll(async () => {
  ({ index, catalog } = await openBundleSearch());
});

describe('input bounds', () => {
  it.each(['', '   ', 'the a of', '??? !!! ...', 'please, could you help me with it?'])(
    'a query with nothing to search (%j) is InvalidInput with examples',
    (query) => {
      expect(() => index.search({ query })).toThrow(
        expect.objectContaining({ code: 'InvalidInput', hint: expect.stringMatching(/e\.g\./) }),
      );
    },
  );

  it('rejects queries over 256 characters', () => {
    expect(() => index.search({ query: 'list buckets '.repeat(20) })).toThrow(
      expect.objectContaining({ code: 'InvalidInput' }),
    );
    expect(index.search({ query: `${'x'.repeat(243)} list buckets` }).results.length).toBeGreaterThan(0);
  });

  it.each([0, 51, 1.5, -1])('rejects limit %s', (limit) => {
    expect(() => index.search({ query: 'list buckets', limit })).toThrow(
      expect.objectContaining({ code: 'InvalidInput' }),
    );
  });

  it('returns 10 results by default and honours limit', () => {
    expect(index.search({ query: 'list buckets' }).results).toHaveLength(10);
    expect(index.search({ query: 'list buckets', limit: 3 }).results).toHaveLength(3);
    expect(index.search({ query: 'list buckets', limit: 50 }).results).toHaveLength(50);
  });
});

describe('no match', () => {
  it('explains itself instead of returning a bare empty list', () => {
    const r = index.search({ query: 'qwxzv plokm' });
    expect(r.results).toEqual([]);
    expect(r.noResults?.reason).toBeTruthy();
    expect(r.noResults?.suggestions.length).toBeGreaterThan(0);
  });
});

describe('policy filter', () => {
  const denyWrites = (e: SearchOperation): FilterVerdict => (e.risk === 'read' ? 'allow' : 'deny');

  it('hides denied operations by default and counts them', () => {
    const r = index.search({ query: 'delete a bucket', filter: denyWrites });
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.results.every((x) => x.risk === 'read' && x.denied === undefined)).toBe(true);
    expect(r.hiddenByPolicy).toBeGreaterThan(0);
  });

  it('marks denied operations when asked to', () => {
    const r = index.search({ query: 'delete a bucket', filter: denyWrites, denied: 'mark' });
    expect(r.results[0]).toMatchObject({ service: 's3', operation: 'DeleteBucket', denied: true });
    expect(r.hiddenByPolicy).toBeUndefined();
    for (const x of r.results) expect(x.denied === true).toBe(x.risk !== 'read');
  });

  it('marks operations that need approval', () => {
    const r = index.search({
      query: 'terminate ec2 instances',
      filter: (e) => (e.risk === 'destructive' ? 'confirm' : 'allow'),
    });
    expect(r.results[0]).toMatchObject({ operation: 'TerminateInstances', needsApproval: true });
  });

  it('explains when policy hides every match', () => {
    const r = index.search({ query: 'delete a bucket', filter: () => 'deny' });
    expect(r.results).toEqual([]);
    expect(r.hiddenByPolicy).toBeGreaterThan(0);
    expect(r.noResults?.reason).toMatch(/policy/);
  });
});

describe('result shape', () => {
  it('keeps a page of 10 short, with required members and canonical names', () => {
    const r = index.search({ query: 'put an object into a bucket' });
    expect(JSON.stringify(r).length).toBeLessThan(2600);
    const put = r.results.find((x) => x.operation === 'PutObject')!;
    expect(put.required).toEqual(expect.arrayContaining(['Bucket', 'Key']));
    for (const x of r.results) {
      expect(x.summary.length).toBeLessThanOrEqual(100);
      expect(catalog.resolveOperation(x.service, x.operation).operation.name).toBe(x.operation);
    }
  });

  it('marks deprecated operations', () => {
    const r = index.search({ query: 'lambda invoke async' });
    const old = r.results.find((x) => x.operation === 'InvokeAsync');
    expect(old?.deprecated).toBe(true);
  });
});

describe('invariants (property)', () => {
  it('any query either answers sorted, bounded results or throws a ToolError', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 300 }),
        fc.integer({ min: 1, max: 50 }),
        (query, limit) => {
          let r;
          try {
            r = index.search({ query, limit });
          } catch (e) {
            expect(isToolError(e)).toBe(true);
            return;
          }
          expect(r.results.length).toBeLessThanOrEqual(limit);
          for (let i = 1; i < r.results.length; i++) {
            expect(r.results[i]!.score).toBeLessThanOrEqual(r.results[i - 1]!.score);
          }
          expect(index.search({ query, limit })).toEqual(r); // deterministic
        },
      ),
      { numRuns: 300 },
    );
  });
});
