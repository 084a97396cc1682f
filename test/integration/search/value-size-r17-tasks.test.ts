// What a value's shape says with no "to" or "instead of" (src/search/value-size.ts,
// data/value-size-r17-tasks.ts): a size in storage or memory units given to a thing sets its
// size (memory is a configuration's), and a count moved "from N to M" is an increase or a decrease.

import { describe, expect, it } from 'vitest';
import { COUNT_DIRECTION, SIZE_GIVERS, SIZE_UNITS } from '../../../src/search/data/value-size-r17-tasks.js';
import { countDirection, sizesGiven } from '../../../src/search/value-size.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();
const split = (q: string) => q.split(' ');

describe('value shapes (data/value-size-r17-tasks.ts): every entry has a reason and a passing example', () => {
  it.each([...Object.values(SIZE_UNITS), ...Object.values(SIZE_GIVERS), ...Object.values(COUNT_DIRECTION)])(
    '$example',
    (entry) => {
      expect(entry.why.length).toBeGreaterThan(10);
      expect(top(entry.example[0], 5)).toContain(entry.example[1]);
    },
  );
});

describe('reading a size and a count', () => {
  it('finds a size only after a word that gives it', () => {
    expect(sizesGiven(split('give the function 2048 MB'))).toEqual(['mb']);
    expect(sizesGiven(split('add 100gib to vol-1'))).toEqual(['gib']);
    expect(sizesGiven(split('volumes bigger than 500 GiB'))).toEqual([]);
    expect(sizesGiven(split('create a 100 GiB volume'))).toEqual([]);
  });

  it('reads which way a count moves', () => {
    expect(countDirection(split('from 2 to 4 replicas'))).toBe('up');
    expect(countDirection(split('go from 8 shards to 4'))).toBe('down');
    expect(countDirection(split('12 web boxes instead of 4'))).toBe('up');
    expect(countDirection(split('2048 MB instead of 4096'))).toBe('down');
    expect(countDirection(split('keep 7 days instead of 24 hours'))).toBeUndefined();
    expect(countDirection(split('copy from 2024-05-01 to 2024-06-01'))).toBeUndefined();
    expect(countDirection(split('move it from us-east-1 to eu-west-1'))).toBeUndefined();
  });

  it.each([
    ['the elasticache group sessions-rg needs 3 replicas instead of 1', 'elasticache:IncreaseReplicaCount'],
    ['give fs-0123456789abcdef0 on fsx 4.8 TiB', 'fsx:UpdateFileSystem'],
    ['add 50 GiB to the boot volume vol-0abc1234def567890', 'ec2:ModifyVolume'],
    ['lambda thumbs needs 1024 MB of memory', 'lambda:UpdateFunctionConfiguration'],
  ])('%s -> %s (top 3)', (query, expected) => {
    expect(top(query, 3)).toContain(expected);
  });

  it('leaves a size on a made or listed thing to its verb', () => {
    expect(top('create a 100 GiB gp3 volume in us-east-1a', 1)).toEqual(['ec2:CreateVolume']);
  });
});
