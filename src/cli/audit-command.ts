// `aws-tool-mcp audit [--since <ISO time | 15m | 2h | 7d>] [--tx <id>] [--service s] [--status s]
// [--principal p] [--limit n] [--jsonl | --format jsonl]` shows the audit trail, from PostgreSQL
// when AWS_MCP_DATABASE_URL is set, else from the SQLite file. JSON lines (`--jsonl`, also
// `--json`) stream the whole export for log shippers: rows are read a page at a time and written as
// stdout drains, so memory stays flat however large the trail.

import { existsSync } from 'node:fs';
import { openAuditDatabase } from '../audit/database.js';
import { AUDIT_STATUSES, exportEntries, type ExportQuery } from '../audit/export.js';
import type { AuditReader } from '../state/postgres/audit-export.js';
import type { AuditEntry, AuditStatus } from '../audit/types.js';
import {
  positiveIntOption,
  stringOption,
  UsageError,
  withCommandLine,
  type CommandSpec,
  type OptionValues,
} from './args.js';

export interface AuditCommandDeps {
  /** The SQLite trail, read when no database URL is given. */
  readonly auditDbPath: string;
  /** AWS_MCP_DATABASE_URL: the trail is read from PostgreSQL (any instance's, or a replica). */
  readonly databaseUrl?: string;
  readonly out: (line: string) => void;
  readonly err?: (line: string) => void;
  /** Where JSON lines are streamed, waiting when it is full (process.stdout); else `out`. */
  readonly stream?: NodeJS.WritableStream;
  readonly now?: () => number;
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** The human view shows the newest this many by default; JSON lines export everything. */
const TEXT_DEFAULT_LIMIT = 1000;

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
    service: { type: 'string', value: 'SERVICE', doc: 'only calls to this service (e.g. s3)' },
    principal: { type: 'string', value: 'WHO', doc: 'only calls by this person (the principal recorded)' },
    status: {
      type: 'string',
      value: 'STATUS',
      doc: `only calls that ended so (${AUDIT_STATUSES.join(', ')})`,
    },
    limit: {
      type: 'string',
      value: 'N',
      doc: `only the newest N calls (text: ${TEXT_DEFAULT_LIMIT} by default)`,
    },
    jsonl: {
      type: 'boolean',
      doc: 'stream every matching call as one JSON object per line, for log shippers',
    },
    json: { type: 'boolean', doc: 'the same as --jsonl' },
    format: { type: 'string', value: 'text|jsonl', doc: 'text (the default) or jsonl' },
  },
};

function formatOf(values: OptionValues): 'text' | 'jsonl' {
  const format = stringOption(values, 'format');
  if (format !== undefined && format !== 'text' && format !== 'jsonl') {
    throw new UsageError(`--format: expected text or jsonl, got '${format}'`);
  }
  return values.jsonl === true || values.json === true || format === 'jsonl' ? 'jsonl' : 'text';
}

function queryOf(values: OptionValues, now: number, jsonl: boolean): ExportQuery {
  const sinceArg = stringOption(values, 'since');
  const since = sinceArg === undefined ? undefined : parseSince(sinceArg, now);
  if (sinceArg !== undefined && since === undefined) {
    throw new UsageError(`--since: expected an ISO time or a duration like 15m, 2h, 7d; got '${sinceArg}'`);
  }
  const status = stringOption(values, 'status');
  if (status !== undefined && !(AUDIT_STATUSES as readonly string[]).includes(status)) {
    throw new UsageError(`--status: expected one of ${AUDIT_STATUSES.join(', ')}; got '${status}'`);
  }
  const limit = positiveIntOption(AUDIT, values, 'limit') ?? (jsonl ? undefined : TEXT_DEFAULT_LIMIT);
  const txId = stringOption(values, 'tx');
  const service = stringOption(values, 'service');
  const principal = stringOption(values, 'principal');
  return {
    ...(since ? { since } : {}),
    ...(txId ? { txId } : {}),
    ...(service ? { service } : {}),
    ...(principal ? { principal } : {}),
    ...(status ? { status: status as AuditStatus } : {}),
    ...(limit ? { limit } : {}),
  };
}

/** Writes a line, waiting for the stream to drain when its buffer is full (backpressure). */
async function writeLine(stream: NodeJS.WritableStream, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) await new Promise((resolve) => stream.once('drain', resolve));
}

/** The trail the command reads: PostgreSQL's when a URL is set, else the SQLite file's. */
async function openTrail(deps: AuditCommandDeps): Promise<AuditReader | undefined> {
  if (deps.databaseUrl) {
    const { openPostgresAuditReader } = await import('../state/postgres/audit-export.js');
    return openPostgresAuditReader(deps.databaseUrl);
  }
  if (!existsSync(deps.auditDbPath)) return undefined;
  const db = openAuditDatabase(deps.auditDbPath);
  return {
    async *export(query) {
      yield* exportEntries(db, query);
    },
    close: async () => void db.close(),
  };
}

export async function auditCommand(args: readonly string[], deps: AuditCommandDeps): Promise<number> {
  const err = deps.err ?? deps.out;
  return withCommandLine(AUDIT, args, { out: deps.out, err }, async (values) => {
    const format = formatOf(values);
    const query = queryOf(values, (deps.now ?? Date.now)(), format === 'jsonl');
    const trail = await openTrail(deps);
    if (!trail) {
      err(`No audit database at ${deps.auditDbPath} yet (AUDIT_DB_PATH): no call has been audited.`);
      return 1;
    }
    try {
      let shown = 0;
      for await (const entry of trail.export(query)) {
        shown += 1;
        if (format === 'text') deps.out(line(entry));
        else if (deps.stream) await writeLine(deps.stream, JSON.stringify(entry));
        else deps.out(JSON.stringify(entry));
      }
      if (shown === 0 && format === 'text') deps.out('No audit records match.');
      return 0;
    } finally {
      await trail.close();
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
