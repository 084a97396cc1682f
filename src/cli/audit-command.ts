// `aws-tool-mcp audit [--since <ISO time | 15m | 2h | 7d>] [--tx <id>] [--limit n] [--json]` shows
// the audit trail; `--json` prints one JSON object per line (JSONL) for log shippers.

import { existsSync } from 'node:fs';
import { AuditStore } from '../audit/audit-store.js';
import { openAuditDatabase } from '../audit/database.js';
import type { AuditEntry } from '../audit/types.js';
import { positiveIntOption, stringOption, UsageError, withCommandLine, type CommandSpec } from './args.js';

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

export const AUDIT: CommandSpec = {
  name: 'audit',
  summary: 'Show the audit trail of aws_execute calls, oldest first.',
  args: '',
  positionals: { min: 0, max: 0 },
  options: {
    since: { type: 'string', value: 'WHEN', doc: 'only calls since an ISO time or a duration (15m, 2h, 7d)' },
    tx: { type: 'string', value: 'TX_ID', doc: 'only the call with this tx_id' },
    limit: { type: 'string', value: 'N', doc: 'at most N calls' },
    json: { type: 'boolean', doc: 'one JSON object per line (JSONL), for log shippers' },
  },
};

export async function auditCommand(args: readonly string[], deps: AuditCommandDeps): Promise<number> {
  const err = deps.err ?? deps.out;
  return withCommandLine(AUDIT, args, { out: deps.out, err }, (values) => {
    const sinceArg = stringOption(values, 'since');
    const since = sinceArg === undefined ? undefined : parseSince(sinceArg, (deps.now ?? Date.now)());
    if (sinceArg !== undefined && since === undefined) {
      throw new UsageError(`--since: expected an ISO time or a duration like 15m, 2h, 7d; got '${sinceArg}'`);
    }
    const limit = positiveIntOption(AUDIT, values, 'limit');
    if (!existsSync(deps.auditDbPath)) {
      err(`No audit database at ${deps.auditDbPath} yet (AUDIT_DB_PATH): no call has been audited.`);
      return 1;
    }
    const db = openAuditDatabase(deps.auditDbPath);
    try {
      const txId = stringOption(values, 'tx');
      const entries = new AuditStore(db).list({
        ...(since ? { since } : {}),
        ...(txId ? { txId } : {}),
        ...(limit ? { limit } : {}),
      });
      if (values.json === true) entries.forEach((e) => deps.out(JSON.stringify(e)));
      else if (entries.length === 0) deps.out('No audit records match.');
      else entries.forEach((e) => deps.out(line(e)));
      return 0;
    } finally {
      db.close();
    }
  });
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
