// What a stopped script tells the caller: one ToolError, `ScriptFailed` with `details.reason`,
// built from what QuickJS threw (an Error dumped to JSON, or any thrown value).

import { ToolError } from '../errors/tool-error.js';
import type { ScriptFailure } from './types.js';

/** The wrapper puts the script on the line after `(async function () {`. */
const WRAPPER_LINES = 1;
const MAX_MESSAGE = 500;

interface Dumped {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly stack?: unknown;
  readonly code?: unknown;
  readonly lineNumber?: unknown;
}

export function scriptFailed(
  reason: ScriptFailure,
  message: string,
  details: Record<string, unknown> = {},
  hint?: string,
): ToolError {
  return new ToolError('ScriptFailed', message, {
    details: { reason, ...details },
    ...(hint !== undefined ? { hint } : {}),
  });
}

/** Where in the script (1-based line and column) the first frame of a QuickJS stack points. */
export function scriptPosition(stack: unknown): { line: number; column: number } | undefined {
  if (typeof stack !== 'string') return undefined;
  const m = /script\.js:(\d+):(\d+)/.exec(stack);
  if (m === null) return undefined;
  const line = Number(m[1]) - WRAPPER_LINES;
  return line >= 1 ? { line, column: Number(m[2]) } : undefined;
}

const clip = (text: string): string => (text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text);

/** The limit an engine error stands for, if it is one. */
function limitHit(name: unknown, message: unknown): 'memory' | 'stack' | undefined {
  if (name === 'InternalError' && (message === 'out of memory' || message === 'string too long'))
    return 'memory';
  if (message === 'stack overflow' || message === 'Maximum call stack size exceeded') return 'stack';
  return undefined;
}

const LIMIT_TEXT = {
  memory: 'The script ran out of memory.',
  stack: 'The script recursed too deeply (stack overflow).',
};

/** A value the script threw (or a rejection it did not catch), as the ToolError the caller sees. */
export function thrownByScript(thrown: unknown, calls: number): ToolError {
  const d: Dumped = typeof thrown === 'object' && thrown !== null ? (thrown as Dumped) : {};
  const at = scriptPosition(d.stack);
  const limit = limitHit(d.name, d.message);
  if (limit !== undefined) return scriptFailed(limit, LIMIT_TEXT[limit], { calls, ...at });
  const isError = typeof d.message === 'string';
  const text = clip(isError ? `${String(d.name ?? 'Error')}: ${String(d.message)}` : safeText(thrown));
  const error = {
    ...(isError ? { name: String(d.name ?? 'Error'), message: clip(String(d.message)) } : { value: text }),
    ...(typeof d.code === 'string' ? { code: d.code } : {}),
  };
  return scriptFailed('error', `The script threw ${text}`, { calls, ...at, error });
}

function safeText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A syntax error QuickJS found while compiling (acorn found none first). */
export function compileError(thrown: unknown): ToolError {
  const d: Dumped = typeof thrown === 'object' && thrown !== null ? (thrown as Dumped) : {};
  const at = scriptPosition(d.stack);
  return scriptFailed('syntax', `The script does not compile: ${clip(String(d.message ?? thrown))}.`, {
    ...at,
  });
}
