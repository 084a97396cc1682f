// One audit op row per AWS request a call sent: its own requests, and the server's STS requests
// on its behalf (sts:AssumeRole for options.roleArn, sts:GetCallerIdentity for the account).

import type { OpRecord } from '../../audit/types.js';
import type { AssumeRoleRecord } from '../../execution/credentials.js';
import type { RequestRecord } from './run-call.js';

export type { AssumeRoleRecord };

export function opRecordOf(r: RequestRecord, call: { service: string; region: string }): OpRecord {
  const o = r.outcome;
  const own = r.kind === 'credential' || r.kind === 'account';
  return {
    kind: r.kind,
    operation: `${own ? 'sts' : call.service}:${r.operation}`,
    ...(r.atMs !== undefined ? { atMs: r.atMs } : {}),
    attempt: o.attempts,
    region: call.region,
    httpStatus: o.httpStatus,
    ...(o.requestId ? { awsRequestId: o.requestId } : {}),
    ...(!o.ok ? { errorCode: o.error.code } : {}),
    durationMs: o.durationMs,
  };
}

/** The credential resolver's report of an sts:AssumeRole, as a request of the call. */
export function assumeRoleRequest(a: AssumeRoleRecord): RequestRecord {
  const meta = { httpStatus: a.httpStatus ?? 0, attempts: 1, durationMs: a.durationMs };
  const requestId = a.requestId ? { requestId: a.requestId } : {};
  const outcome = a.ok
    ? { ok: true as const, output: {}, ...meta, ...requestId }
    : {
        ok: false as const,
        ...meta,
        error: {
          code: a.errorCode ?? 'Error',
          message: '',
          retryable: false,
          fault: 'client' as const,
          modeled: false,
        },
        ...requestId,
      };
  return { kind: 'credential', operation: 'AssumeRole', outcome, atMs: a.atMs };
}
