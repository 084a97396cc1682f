// Structured logging to stderr: stdout belongs to the MCP protocol and must carry nothing else.
// Fields go through the shared redactor (secret-looking names), like everything stored or shown.

import { redact } from '../redaction/redact.js';

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const RANK = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
export type LoggerLevel = keyof typeof RANK;

type Level = Exclude<LoggerLevel, 'silent'>;
/** How a record becomes a line: `json` for the server (log shippers, `jq`), `human` for commands. */
export type LogFormat = 'json' | 'human';

const FORMATS: Record<LogFormat, (lvl: Level, msg: string, fields?: LogFields) => string> = {
  json: (lvl, msg, fields) => JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...fields }),
  human: (lvl, msg, fields) => {
    const extra = Object.entries(fields ?? {})
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
    return `${lvl === 'warn' ? 'warning' : lvl}: ${msg}${extra.length ? ` (${extra.join(', ')})` : ''}`;
  },
};

/** Writes each record at or above `level` as one line (JSON by default) to stderr. */
export function createStderrLogger(
  level: LoggerLevel,
  write: (line: string) => void = (l) => process.stderr.write(l),
  format: LogFormat = 'json',
): Logger {
  const min = RANK[level];
  const emit = (lvl: Level, msg: string, fields?: LogFields): void => {
    if (RANK[lvl] < min) return;
    const safe = fields ? (redact(fields) as LogFields) : undefined;
    write(FORMATS[format](lvl, msg, safe) + '\n');
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

export const silentLogger: Logger = createStderrLogger('silent');
