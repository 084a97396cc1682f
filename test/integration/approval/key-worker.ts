// Child process for the key-creation race: waits for the start file, then loads (or creates) the
// approval payload key and prints it.

import { existsSync } from 'node:fs';
import { loadPayloadKey } from '../../../src/approval/payload-key.js';

const [keyFile, goFile] = process.argv.slice(2) as [string, string];
process.stdout.write('ready\n');
const sleeper = new Int32Array(new SharedArrayBuffer(4));
while (!existsSync(goFile)) Atomics.wait(sleeper, 0, 0, 1);
process.stdout.write(`${loadPayloadKey(keyFile).toString('hex')}\n`);
