// `aws-tool-mcp audit [--since <ISO time | 15m | 2h | 7d>] [--tx <id>] [--limit n] [--json]` shows
// the audit trail; `--json` prints one JSON object per line (JSONL) for log shippers.

import { existsSync } from 'node:fs';
import { AuditStore } from '../audit/audit-store.js';
import { openAuditDatabase } from '../audit/database.js';
import type { AuditEntry } from '../audit/types.js';

export interface AuditCommandDeps {
  readonly auditDbPath: string;
  readonly out: (line: string) => void;
  readonly err?: (line: string) => void;
  readonly now?: () => number;
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `15m` / `2h` / `7d` before now, or an ISO date; undefined when unparseable. */
export function parseSince(value: string, now: number): Date | undefined {
  const rel = /^(\d+)([smhd])$/.exec(value);
  if (rel) return new Date(now - Number(rel[1]) * UNITS[rel[2]!]!);
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t);
}

export async function auditCommand(args: readonly string[], deps: AuditCommandDeps): Promise<number> {
  const err = deps.err ?? deps.out;
  const get = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sinceArg = get('--since');
  const since = sinceArg === undefined ? undefined : parseSince(sinceArg, (deps.now ?? Date.now)());
  if (sinceArg !== undefined && since === undefined) {
    err(`--since: expected an ISO time or a duration like 15m, 2h, 7d; got '${sinceArg}'`);
    return 2;
  }
  const limitArg = get('--limit');
  const limit = limitArg === undefined ? undefined : Number(limitArg);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    err('--limit: expected a positive integer');
    return 2;
  }
  if (!existsSync(deps.auditDbPath)) {
    err(`No audit database at ${deps.auditDbPath} yet.`);
    return 1;
  }
  const db = openAuditDatabase(deps.auditDbPath);
  try {
    const txId = get('--tx');
    const entries = new AuditStore(db).list({
      ...(since ? { since } : {}),
      ...(txId ? { txId } : {}),
      ...(limit ? { limit } : {}),
    });
    if (args.includes('--json')) entries.forEach((e) => deps.out(JSON.stringify(e)));
    else if (entries.length === 0) deps.out('No audit records match.');
    else entries.forEach((e) => deps.out(line(e)));
    return 0;
  } finally {
    db.close();
  }
}

function line(e: AuditEntry): string {
  const decision = e.decision ? `${e.decision.effect}${e.decision.rule ? `(${e.decision.rule})` : ''}` : '-';
  const approval = e.approval ? ` approval=${e.approval.method}` : '';
  const err = e.errorCode ? ` error=${e.errorCode}` : '';
  const req = e.awsRequestId ? ` requestId=${e.awsRequestId}` : '';
  return (
    `${e.startedAt} ${e.txId} ${e.service}:${e.operation} ${e.region ?? '-'} ${e.status} ` +
    `decision=${decision}${approval}${err}${req} ops=${e.ops.length}` +
    (e.durationMs !== undefined ? ` ${e.durationMs}ms` : '')
  );
}
