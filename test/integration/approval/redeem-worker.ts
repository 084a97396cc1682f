// Child process for the concurrent-redemption test: opens its own connection, signals ready,
// waits for the start file, then tries to redeem the same token N times as fast as it can.

import { existsSync } from 'node:fs';
import { ApprovalStore } from '../../../src/approval/token-store.js';
import { openAuditDatabase } from '../../../src/audit/database.js';

const [file, token, payloadHash, attempts, goFile] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const store = new ApprovalStore(openAuditDatabase(file));
const binding = {
  service: 's3',
  operation: 'DeleteBucket',
  region: 'eu-west-1',
  payloadHash,
  requireOutOfBand: false,
};
process.stdout.write('ready\n');
const sleeper = new Int32Array(new SharedArrayBuffer(4));
while (!existsSync(goFile)) Atomics.wait(sleeper, 0, 0, 1);
let ok = 0;
const reasons: string[] = [];
for (let i = 0; i < Number(attempts); i++) {
  const r = store.redeem(token, binding, Date.now());
  if (r.ok) ok++;
  else reasons.push(r.reason);
}
process.stdout.write(`${JSON.stringify({ ok, reasons })}\n`);
