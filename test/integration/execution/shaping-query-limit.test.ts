import { describe, expect, it } from 'vitest';
import { applyQuery } from '../../../src/execution/shaping/query.js';
import { limitItems, mainListPath } from '../../../src/execution/shaping/limit-items.js';
import { ToolError } from '../../../src/errors/tool-error.js';
import { operationOf } from '../../helpers/models.js';

describe('applyQuery', () => {
  const listBuckets = {
    Buckets: [
      { Name: 'logs', CreationDate: new Date('2024-01-01T00:00:00Z') },
      { Name: 'site', CreationDate: new Date('2025-06-01T00:00:00Z') },
    ],
    Owner: { ID: 'abc' },
  };

  it('evaluates JMESPath like aws --query, with timestamps as ISO strings', () => {
    expect(applyQuery(listBuckets, 'Buckets[].Name')).toEqual(['logs', 'site']);
    expect(applyQuery(listBuckets, "Buckets[?CreationDate > '2025'].Name | [0]")).toBe('site');
    expect(applyQuery(listBuckets, 'length(Buckets)')).toBe(2);
    expect(applyQuery(listBuckets, 'Missing')).toBeNull();
  });

  it('turns a bad expression into InvalidInput with the parser message and a hint', () => {
    const err = (() => {
      try {
        applyQuery(listBuckets, 'Buckets[');
      } catch (e) {
        return e;
      }
      return undefined;
    })() as ToolError;
    expect(err).toBeInstanceOf(ToolError);
    expect(err.code).toBe('InvalidInput');
    expect(err.message).toMatch(/not a valid JMESPath expression: .*Expected/);
    expect(err.hint).toMatch(/JMESPath/);
    expect(() => applyQuery(listBuckets, 'length(`1`)')).toThrow(/length\(\) expected argument/);
    expect(() => applyQuery(listBuckets, '   ')).toThrow(ToolError);
  });
});

describe('limitItems', () => {
  it('cuts the paginated items list (dynamodb Scan Items) and reports counts', () => {
    const { model, op } = operationOf('dynamodb', 'Scan');
    const output = { Items: [{ a: 1 }, { a: 2 }, { a: 3 }], Count: 3, ScannedCount: 3 };
    const r = limitItems(output, 2, model, op);
    expect(r.output).toEqual({ Items: [{ a: 1 }, { a: 2 }], Count: 3, ScannedCount: 3 });
    expect(r.limited).toEqual({ path: 'Items', kept: 2, total: 3 });
    expect(output.Items).toHaveLength(3);
    expect(limitItems(output, 3, model, op)).toEqual({ output });
  });

  it('uses the first modeled list when the trait names none (s3 ListObjectsV2 Contents)', () => {
    const { model, op } = operationOf('s3', 'ListObjectsV2');
    const output = {
      Contents: [{ Key: 'a' }, { Key: 'b' }],
      CommonPrefixes: [{ Prefix: 'x/' }, { Prefix: 'y/' }, { Prefix: 'z/' }],
    };
    expect(mainListPath(model, op, output)).toBe('Contents');
    expect(limitItems(output, 1, model, op).limited).toEqual({ path: 'Contents', kept: 1, total: 2 });
  });

  it('follows dotted items paths (cloudfront DistributionList.Items)', () => {
    const { model, op } = operationOf('cloudfront', 'ListDistributions');
    const output = { DistributionList: { Items: [{ Id: '1' }, { Id: '2' }], Quantity: 2 } };
    const r = limitItems(output, 1, model, op);
    expect(r.output).toEqual({ DistributionList: { Items: [{ Id: '1' }], Quantity: 2 } });
    expect(r.limited).toEqual({ path: 'DistributionList.Items', kept: 1, total: 2 });
  });

  it('falls back to the largest top-level list for operations without the trait', () => {
    const { model, op } = operationOf('s3', 'GetBucketCors');
    const output = { CORSRules: [{ ID: 'a' }, { ID: 'b' }, { ID: 'c' }], Other: [1] };
    expect(limitItems(output, 2, model, op).limited).toEqual({ path: 'CORSRules', kept: 2, total: 3 });
    expect(limitItems({ Name: 'x' }, 2, model, op)).toEqual({ output: { Name: 'x' } });
  });
});
