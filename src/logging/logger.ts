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

/** One JSON line per record, so log shippers and humans with `jq` can both read it. */
export function createStderrLogger(
  level: LoggerLevel,
  write: (line: string) => void = (l) => process.stderr.write(l),
): Logger {
  const min = RANK[level];
  const emit = (lvl: Exclude<LoggerLevel, 'silent'>, msg: string, fields?: LogFields): void => {
    if (RANK[lvl] < min) return;
    const safe = fields ? (redact(fields) as LogFields) : {};
    write(JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...safe }) + '\n');
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

export const silentLogger: Logger = createStderrLogger('silent');
