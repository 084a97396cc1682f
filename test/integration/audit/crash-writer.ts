// Child process for the crash test: records calls in a loop (begin, op, complete) and acknowledges
// each completed call on stdout only after complete() returned. The parent kills it with SIGKILL.

import { writeSync } from 'node:fs';
import { AuditStore } from '../../../src/audit/audit-store.js';
import { openAuditDatabase, type SynchronousMode } from '../../../src/audit/database.js';

const [file, synchronous] = process.argv.slice(2) as [string, SynchronousMode];
const store = new AuditStore(openAuditDatabase(file, { synchronous }));
for (let i = 0; ; i++) {
  const txId = store.begin({
    service: 's3',
    operation: 'PutObject',
    region: 'us-east-1',
    request: { Key: `k${i}` },
  });
  store.op(txId, { kind: 'call', attempt: 1, httpStatus: 200, awsRequestId: `req-${i}` });
  store.complete(txId, { status: 'succeeded', awsRequestId: `req-${i}`, httpStatus: 200 });
  writeSync(1, `ack ${txId}\n`);
}
