// validateRegion: real regions of every partition pass; anything that could name or inject a host
// fails with InvalidRegion. Also pins our copy of the partition table to the SDK's.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { partition } from '@aws-sdk/util-endpoints';
import { describe, expect, it } from 'vitest';
import { knownRegions, validateRegion } from '../../../src/execution/regions.js';
import { PARTITION_REGIONS } from '../../../src/execution/endpoints/partition-regions.js';
import { ToolError } from '../../../src/errors/tool-error.js';

function codeOf(region: string): string | undefined {
  try {
    validateRegion(region);
    return undefined;
  } catch (err) {
    return err instanceof ToolError ? err.code : 'not a ToolError';
  }
}

function errorOf(region: string): ToolError {
  try {
    validateRegion(region);
  } catch (err) {
    if (err instanceof ToolError) return err;
  }
  throw new Error(`expected ${region} to be rejected`);
}

describe('validateRegion', () => {
  it('accepts the regions of every partition, including ones newer than our table', () => {
    for (const r of [
      'us-east-1',
      'eu-west-3',
      'ap-southeast-7',
      'us-gov-west-1',
      'cn-north-1',
      'cn-northwest-1',
      'us-iso-east-1',
      'us-isob-east-1',
      'eu-isoe-west-1',
      'us-isof-south-1',
      'eusc-de-east-1',
      'mx-central-1',
      'us-east-7',
      'aws-global',
    ]) {
      expect(validateRegion(r)).toBe(r);
    }
  });

  it('accepts every region the partition table knows', () => {
    for (const r of knownRegions()) expect(codeOf(r)).toBeUndefined();
  });

  it('rejects hosts, paths, credentials-in-URL, capitals and junk', () => {
    for (const r of [
      'us-east-1.evil.com',
      'us-east-1/..',
      'a@b',
      'us-east-1:443',
      'US-EAST-1',
      'us-East-1',
      'us_east_1',
      '',
      ' us-east-1',
      'us-east-1 ',
      'localhost',
      '127.0.0.1',
      'local',
      'x'.repeat(65),
      'fips-us-east-1',
      'us-east-1-fips',
      'zz-east-1',
      'us-east-1-',
      '-us-east-1',
      'us--east-1',
      'us-east-1\n',
    ]) {
      expect(codeOf(r), JSON.stringify(r)).toBe('InvalidRegion');
    }
  });

  it('gives a hint naming valid regions, and the FIPS setting for FIPS pseudo-regions', () => {
    const hostile = errorOf('evil.com');
    expect(hostile.hint).toMatch(/us-east-1/);
    expect(hostile.message).not.toMatch(/evil/); // a hostile string is not echoed back
    expect(errorOf('us-east-1-fips').hint).toMatch(/FIPS/);
  });

  it('never lets a region carry a host separator (property)', () => {
    const hostChar = fc.constantFrom('.', '/', '@', ':', '?', '#', '\\', '%', ' ', '[', ']');
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), hostChar, fc.string({ maxLength: 20 }), (a, c, b) => {
        expect(codeOf(`${a}${c}${b}`)).toBe('InvalidRegion');
      }),
    );
  });

  it('only accepts lowercase DNS-label strings up to 64 characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        if (codeOf(s) === undefined) expect(s).toMatch(/^[a-z0-9-]{1,64}$/);
      }),
    );
  });
});

describe('partition table copy', () => {
  it('matches the SDK partitions data exactly', () => {
    const require = createRequire(import.meta.url);
    // The SDK does not export its table; read it from the installed package to detect drift.
    const coreDir = path.dirname(require.resolve('@aws-sdk/core/package.json'));
    const src = readFileSync(
      path.join(coreDir, 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js'),
      'utf8',
    );
    const table = JSON.parse(src.slice(src.indexOf('{'), src.lastIndexOf('}') + 1)) as {
      partitions: Array<{ id: string; regionRegex: string; regions: Record<string, unknown> }>;
    };
    expect(
      table.partitions.map((p) => ({
        id: p.id,
        regionRegex: p.regionRegex,
        regions: Object.keys(p.regions),
      })),
    ).toEqual(PARTITION_REGIONS.map((p) => ({ ...p, regions: [...p.regions] })));
  });

  it('agrees with the SDK partition() function on every known region', () => {
    for (const p of PARTITION_REGIONS) {
      for (const r of p.regions) expect(partition(r).name, r).toBe(p.id);
    }
  });
});
