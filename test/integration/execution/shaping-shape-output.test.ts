import { describe, expect, it } from 'vitest';
import { shapeOutput } from '../../../src/execution/shaping/shape-output.js';
import { REDACTED } from '../../../src/redaction/redact.js';
import { operationOf } from '../../helpers/models.js';

describe('shapeOutput', () => {
  it('redacts before the query runs, so a query cannot pull a secret out', () => {
    const { model, op } = operationOf('secrets-manager', 'GetSecretValue');
    const output = { Name: 'db', SecretString: 'hunter2' };
    expect(shapeOutput({ model, op, output, query: 'SecretString', maxCharacters: 1000 }).result).toBe(
      REDACTED,
    );
    expect(
      shapeOutput({ model, op, output, query: 'SecretString', maxCharacters: 1000, reveal: true }).result,
    ).toBe('hunter2');
  });

  it('limits the main list on the modeled shape, then queries, then caps', () => {
    const { model, op } = operationOf('s3', 'ListObjectsV2');
    const output = {
      Name: 'b',
      Contents: Array.from({ length: 500 }, (_, i) => ({ Key: `k${i}`.padEnd(50, '.'), Size: i })),
    };
    const r = shapeOutput({ model, op, output, maxItems: 100, query: 'Contents[].Key', maxCharacters: 1000 });
    expect(r.limited).toEqual({ path: 'Contents', kept: 100, total: 500 });
    const keys = r.result as string[];
    expect(JSON.stringify(keys).length).toBeLessThanOrEqual(1000);
    expect(keys[0]).toMatch(/^k0\./);
    expect(r.truncated?.lists).toEqual([{ path: '@', kept: keys.length, total: 100 }]);
  });
});
