// Command lines parsed by Node's own `util.parseArgs` in strict mode: an unknown option, a missing
// value or an extra argument is a UsageError (exit 2), and `--help` / `-h` anywhere before `--`
// asks for the command's help and nothing else.

import { parseArgs } from 'node:util';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** Placeholder of the value in help text (string options). */
  readonly value?: string;
  readonly doc: string;
}

export interface CommandSpec {
  /** As typed after the binary: `search`, `policy explain`. */
  readonly name: string;
  readonly summary: string;
  /** The positional part of the usage line, e.g. `<service> <operation>`. */
  readonly args: string;
  readonly positionals: { readonly min: number; readonly max: number };
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Further help lines: examples, exit codes. */
  readonly details?: readonly string[];
}

export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

export type Parsed =
  | { readonly help: true }
  | { readonly help: false; readonly values: OptionValues; readonly positionals: readonly string[] };

export const BIN_NAME = 'aws-tool-mcp';
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** A command line that cannot be run as typed; the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly spec?: CommandSpec,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

function parserOptions(spec: CommandSpec) {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { ...HELP_OPTION };
  for (const [name, o] of Object.entries(spec.options)) {
    options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}) };
  }
  return options;
}

/** `--help` (or `-h`) as an option, not after `--` and not as another option's value. */
function asksForHelp(spec: CommandSpec, args: readonly string[]): boolean {
  const { tokens } = parseArgs({
    args: [...args],
    options: parserOptions(spec),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  return tokens.some((t) => t.kind === 'option' && t.name === 'help');
}

export function parseCommand(spec: CommandSpec, args: readonly string[]): Parsed {
  if (asksForHelp(spec, args)) return { help: true };
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...args],
      options: parserOptions(spec),
      strict: true,
      allowPositionals: true,
    });
  } catch (e) {
    // parseArgs' messages name the option and say what is wrong; its advice about `--` is noise here.
    const message = (e instanceof Error ? e.message : String(e)).replace(/\. To specify .*$/s, '.');
    throw new UsageError(message, spec);
  }
  const { min, max } = spec.positionals;
  const n = parsed.positionals.length;
  if (n < min) throw new UsageError(`missing argument: ${spec.args}`, spec);
  if (n > max) {
    throw new UsageError(`unexpected argument '${parsed.positionals[max]}'`, spec);
  }
  return { help: false, values: parsed.values as OptionValues, positionals: parsed.positionals };
}

export function usageLine(spec: CommandSpec): string {
  const opts = Object.keys(spec.options).length > 0 ? ' [options]' : '';
  return `usage: ${BIN_NAME} ${spec.name}${spec.args ? ` ${spec.args}` : ''}${opts}`;
}

export function commandHelp(spec: CommandSpec): string {
  const rows = Object.entries(spec.options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
    return `  ${flag.padEnd(26)} ${o.doc}`;
  });
  rows.push(`  ${'-h, --help'.padEnd(26)} show this help`);
  return [
    usageLine(spec),
    '',
    spec.summary,
    '',
    'options:',
    ...rows,
    ...(spec.details ? ['', ...spec.details] : []),
  ].join('\n');
}

/** A string option's value (parseArgs already checked that it has one). */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A positive integer option, or a UsageError naming it. */
export function positiveIntOption(spec: CommandSpec, values: OptionValues, name: string): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1) {
    throw new UsageError(`--${name}: expected a positive integer, got '${raw}'`, spec);
  }
  return n;
}

export interface CommandIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** Runs a parsed command: help goes to stdout (exit 0); a UsageError is printed with the usage (exit 2). */
export async function withCommandLine<R extends number | undefined>(
  spec: CommandSpec,
  args: readonly string[],
  io: CommandIo,
  run: (values: OptionValues, positionals: readonly string[]) => Promise<R> | R,
): Promise<R | number> {
  try {
    const parsed = parseCommand(spec, args);
    if (parsed.help) {
      io.out(commandHelp(spec));
      return 0;
    }
    return await run(parsed.values, parsed.positionals);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    printUsageError(e, spec, io.err);
    return 2;
  }
}

export function printUsageError(e: UsageError, fallback: CommandSpec, err: (line: string) => void): void {
  const spec = e.spec ?? fallback;
  err(`${BIN_NAME} ${spec.name}: ${e.message}`);
  err(usageLine(spec));
  err(`Run '${BIN_NAME} ${spec.name} --help' for the options.`);
}

/** A failure whose message is the whole story for a person (no usage, no stack): exit 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** `s3 ListBuckets` or `s3:ListBuckets` (any spelling the catalog resolves) as [service, operation]. */
export function operationTarget(spec: CommandSpec, positionals: readonly string[]): [string, string] {
  if (positionals.length === 2) return [positionals[0]!, positionals[1]!];
  const one = positionals[0]!;
  const sep = one.indexOf(':');
  if (sep <= 0 || sep === one.length - 1) {
    throw new UsageError(`expected service:Operation or service Operation, got '${one}'`, spec);
  }
  return [one.slice(0, sep), one.slice(sep + 1)];
}
