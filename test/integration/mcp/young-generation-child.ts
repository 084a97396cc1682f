// Child of young-generation.test.ts: in a fresh V8 heap, keeps ~24 MB of small objects alive with
// the nursery held, then as much again after the hold is lifted, and prints the nursery's
// committed size (MB) after each, as JSON. argv[2]: the execArgv the operator "set" ('' for none).

import { getHeapSpaceStatistics } from 'node:v8';
import { holdYoungGeneration } from '../../../src/mcp/young-generation.js';

const operatorArgs = process.argv[2] ? [process.argv[2]] : [];
const nurseryMb = (): number =>
  getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.physical_space_size / 1048576;
const kept: unknown[] = [];
const keepAlive = (): void => {
  for (let i = 0; i < 300_000; i++) kept.push({ i, name: `entry ${i}`, tags: [i, i + 1] });
};

const before = nurseryMb();
const release = holdYoungGeneration(true, operatorArgs, undefined);
keepAlive();
const held = nurseryMb();
release();
release(); // idempotent
keepAlive();
const released = nurseryMb();
process.stdout.write(JSON.stringify({ before, held, released, kept: kept.length }));
