// The metadata of aws_execute results: short by default (only what the model acts on), everything
// with `full`. Nothing is invented or changed, only left out.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callMetadata } from '../../../src/tools/execute/metadata.js';

const FULL = {
  service: 'dynamodb',
  operation: 'GetItem',
  region: 'us-east-1',
  modelCommit: '339d6b9c3e43178e84baf4dc0503807c82021761',
  tx_id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  op_id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c',
  requestId: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOP',
  httpStatus: 200,
  attempts: 1,
  requests: 1,
  durationMs: 12,
  approval: 'not-required',
};

describe('callMetadata', () => {
  it('keeps only the tx_id of a plain success, within 100 characters', () => {
    const short = callMetadata(undefined, FULL);
    expect(short).toEqual({ tx_id: FULL.tx_id });
    expect(JSON.stringify({ metadata: short }).length).toBeLessThanOrEqual(100);
    expect(callMetadata('short', FULL)).toEqual(short);
  });

  it('keeps an approval that was used, and returns everything with "full"', () => {
    expect(callMetadata(undefined, { ...FULL, approval: 'token' })).toEqual({
      tx_id: FULL.tx_id,
      approval: 'token',
    });
    expect(callMetadata('full', FULL)).toBe(FULL);
  });

  it('is always a subset of the full metadata, with only tx_id and approval', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (extra) => {
        const full = { ...extra, ...FULL, approval: 'elicitation' };
        const short = callMetadata(undefined, full);
        for (const [k, v] of Object.entries(short)) expect(full[k as keyof typeof full]).toBe(v);
        expect(Object.keys(short).sort()).toEqual(['approval', 'tx_id']);
      }),
    );
  });
});
