// CLI-style queries: `aws <service> <command> [args]` -> the operations the command calls. A
// command named like an operation is that operation; `wait <waiter>` is the operation that
// declares the waiter in the models; CLI customizations (`s3 cp`, `logs tail`) come from
// data/cli-commands.ts, where `aws s3` commands are told apart by their arguments.

import { CLI_CUSTOM_COMMANDS, CLI_WAIT_COMMAND, S3_COMMAND_SHAPES } from './data/cli-commands.js';
import type { SearchIndexData } from './index-build.js';
import { compactName } from '../catalog/names.js';

/** Strength of a CLI customization's other operations when the arguments pick one of them. */
const OTHER_CUSTOM_OP = 0.8;

/** Exact operations of a CLI command (`op -> strength`) given the raw tokens of the query. */
export function cliOperations(
  ix: SearchIndexData,
  raw: readonly string[],
  servicesNamed: (token: string) => number[],
): Map<number, number> {
  const out = new Map<number, number>();
  const at = raw[0]?.toLowerCase() === 'aws' ? 1 : 0;
  const svcTok = raw[at];
  const cmdTok = raw[at + 1]?.toLowerCase();
  if (svcTok === undefined || cmdTok === undefined) return out;
  const args = positional(raw.slice(at + 2));
  for (const s of servicesNamed(svcTok)) {
    for (const op of opsNamed(ix, cmdTok, s)) out.set(op, 1);
    if (cmdTok === CLI_WAIT_COMMAND && args[0] !== undefined) {
      for (const op of ix.waiterOps.get(compactName(args[0])) ?? [])
        if (ix.opService[op] === s) out.set(op, 1);
    }
    const id = ix.services[s]!.id;
    const custom = CLI_CUSTOM_COMMANDS[id]?.[cmdTok] ?? [];
    const shaped = id === 's3' ? S3_COMMAND_SHAPES[cmdTok]?.[args.map(argKind).join(' ')] : undefined;
    for (const name of custom) {
      const strength = shaped === undefined || shaped === name ? 1 : OTHER_CUSTOM_OP;
      for (const op of opsNamed(ix, name, s)) out.set(op, strength);
    }
  }
  return out;
}

export function opsNamed(ix: SearchIndexData, name: string, service: number): number[] {
  return (ix.exactNames.get(compactName(name)) ?? []).filter((op) => ix.opService[op] === service);
}

/** Arguments that are not flags or flag values. */
function positional(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.startsWith('--')) {
      if (!t.includes('=') && tokens[i + 1] !== undefined && !tokens[i + 1]!.startsWith('-')) i++;
      continue;
    }
    if (!t.startsWith('-')) out.push(t);
  }
  return out;
}

function argKind(arg: string): string {
  return arg.startsWith('s3://') ? 's3' : 'local';
}
