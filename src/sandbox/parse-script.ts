// Reads a script without running it: syntax errors with their line and column, and the AWS
// operations it names literally (`aws.call("s3", "ListBuckets", ...)`), so `validate` can show
// their decisions before anything runs. acorn is the parser: QuickJS's own compile step gives
// the same verdict on syntax but no tree to find the calls in.

import { parse, type Node } from 'acorn';
import { ToolError } from '../errors/tool-error.js';

export interface NamedOperation {
  readonly service: string;
  readonly operation: string;
  /** `call` or `paginate`. */
  readonly via: 'call' | 'paginate';
  readonly line: number;
}

export interface ScriptShape {
  /** Operations named with literal strings, in source order (duplicates kept once). */
  readonly operations: readonly NamedOperation[];
  /** `aws.call`/`aws.paginate` calls whose service or operation is computed: only known when run. */
  readonly computedCalls: number;
}

interface AcornSyntaxError extends SyntaxError {
  loc?: { line: number; column: number };
}

/** Parses a script body (top-level `await` and `return` allowed); throws ScriptFailed/syntax. */
export function parseScript(source: string): Node {
  try {
    return parse(source, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowAwaitOutsideFunction: true,
      allowReturnOutsideFunction: true,
      locations: true,
    });
  } catch (e) {
    if (e instanceof RangeError) throw tooDeep();
    if (!(e instanceof SyntaxError)) throw e;
    const loc = (e as AcornSyntaxError).loc;
    const message = e.message.replace(/\s*\(\d+:\d+\)$/, '');
    throw new ToolError('ScriptFailed', `The script does not parse: ${message}.`, {
      hint: 'The script is the body of an async function: statements, `await`, and `return` of the result.',
      details: {
        reason: 'syntax',
        ...(loc !== undefined ? { line: loc.line, column: loc.column + 1 } : {}),
      },
    });
  }
}

function tooDeep(): ToolError {
  return new ToolError('ScriptFailed', 'The script nests too deeply to parse.', {
    details: { reason: 'syntax' },
  });
}

/** The operations a script names literally, and how many calls it computes at run time. */
export function scriptShape(source: string): ScriptShape {
  const operations: NamedOperation[] = [];
  const seen = new Set<string>();
  let computedCalls = 0;
  const tree = parseScript(source);
  const onNode = (node: Node): void => {
    const via = awsMethod(node);
    if (via === undefined) return;
    const args = (node as unknown as { arguments: Node[] }).arguments;
    const service = literalString(args[0]);
    const operation = literalString(args[1]);
    if (service === undefined || operation === undefined) {
      computedCalls += 1;
      return;
    }
    const key = `${service}:${operation}:${via}`;
    if (seen.has(key)) return;
    seen.add(key);
    operations.push({ service, operation, via, line: node.loc?.start.line ?? 0 });
  };
  try {
    visit(tree, onNode);
  } catch (e) {
    throw e instanceof RangeError ? tooDeep() : e;
  }
  return { operations, computedCalls };
}

/** A string literal written as the value of a named property (`{ Password: "..." }`). */
export interface PropertyString {
  readonly key: string;
  readonly value: string;
  /** Offsets of the literal (quotes included) in the source. */
  readonly start: number;
  readonly end: number;
}

/** Every `key: "literal"` of a script, so the caller can redact secret-looking ones before storing it. */
export function propertyStrings(source: string): PropertyString[] {
  const found: PropertyString[] = [];
  const tree = parseScript(source);
  const onNode = (node: Node): void => {
    if (node.type !== 'Property') return;
    const p = node as unknown as { key: Node; value: Node; computed: boolean };
    const key = p.computed
      ? literalString(p.key)
      : ((p.key as unknown as { name?: string }).name ?? literalString(p.key));
    const value = literalString(p.value);
    if (key !== undefined && value !== undefined)
      found.push({ key, value, start: p.value.start, end: p.value.end });
  };
  try {
    visit(tree, onNode);
  } catch (e) {
    throw e instanceof RangeError ? tooDeep() : e;
  }
  return found;
}

/** `aws.call(...)` / `aws.paginate(...)` (also `aws["call"](...)`, `aws?.call(...)`). */
function awsMethod(node: Node): 'call' | 'paginate' | undefined {
  if (node.type !== 'CallExpression') return undefined;
  const callee = (node as unknown as { callee: Node }).callee;
  if (callee.type !== 'MemberExpression') return undefined;
  const member = callee as unknown as { object: Node; property: Node; computed: boolean };
  if (member.object.type !== 'Identifier' || (member.object as unknown as { name: string }).name !== 'aws') {
    return undefined;
  }
  const name = member.computed
    ? literalString(member.property)
    : (member.property as unknown as { name?: string }).name;
  return name === 'call' || name === 'paginate' ? name : undefined;
}

function literalString(node: Node | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (node.type === 'Literal') {
    const value = (node as unknown as { value: unknown }).value;
    return typeof value === 'string' ? value : undefined;
  }
  if (node.type === 'TemplateLiteral') {
    const t = node as unknown as { expressions: unknown[]; quasis: { value: { cooked: string | null } }[] };
    return t.expressions.length === 0 ? (t.quasis[0]?.value.cooked ?? undefined) : undefined;
  }
  return undefined;
}

/** Every node of an ESTree, depth first in source order. */
function visit(node: Node, onNode: (n: Node) => void): void {
  onNode(node);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (isNode(child)) visit(child, onNode);
    }
  }
}

function isNode(value: unknown): value is Node {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}
