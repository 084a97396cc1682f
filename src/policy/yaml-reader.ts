// Reads a parsed YAML document node by node, keeping every value's source line so that each policy
// problem names where it is. Problems are collected, not thrown, so one run reports all of them.

import { isMap, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';

export interface PolicyProblem {
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

/** A string value from the file with its position. */
export interface Located<T> {
  readonly value: T;
  readonly line: number;
  readonly col: number;
}

export class YamlReader {
  readonly problems: PolicyProblem[] = [];

  constructor(private readonly lines: LineCounter) {}

  at(node: Node | Pair | null | undefined): { line: number; col: number } {
    const target = node && 'range' in node ? node : node && 'key' in node ? (node.key as Node) : undefined;
    const offset = target?.range?.[0];
    if (offset === undefined) return { line: 0, col: 0 };
    return this.lines.linePos(offset);
  }

  problem(node: Node | Pair | null | undefined, message: string): void {
    this.problems.push({ ...this.at(node), message });
  }

  problemAtOffset(offset: number, message: string): void {
    this.problems.push({ ...this.lines.linePos(offset), message });
  }

  /**
   * The entries of a mapping, keyed by name. Keys outside `allowed` are problems: a typo such as
   * `deny_list` must never silently weaken the policy.
   */
  mapping(node: unknown, path: string, allowed: readonly string[]): Map<string, Node | null> {
    const out = new Map<string, Node | null>();
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return out;
    if (!isMap(node)) {
      this.problem(node as Node, `${path || 'the policy'} must be a mapping`);
      return out;
    }
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const where = path ? `${path}.${key}` : key;
      if (key === undefined) this.problem(pair, `${path || 'the policy'} has a non-scalar key`);
      else if (!allowed.includes(key)) {
        this.problem(pair, `unknown key '${where}' (allowed here: ${allowed.join(', ')})`);
      } else out.set(key, (pair.value as Node | null) ?? null);
    }
    return out;
  }

  /** A list of strings; undefined when the key is absent or null. */
  strings(node: Node | null | undefined, path: string): Located<string>[] | undefined {
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return undefined;
    if (!isSeq(node)) {
      this.problem(node, `${path} must be a list of strings`);
      return [];
    }
    const out: Located<string>[] = [];
    for (const item of node.items) {
      if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) {
        out.push({ value: String(item.value), ...this.at(item as Node) });
      } else this.problem(item as Node, `${path} must contain only strings`);
    }
    return out;
  }

  /** The items of a list (of anything); undefined when the key is absent or null. */
  items(node: Node | null | undefined, path: string): Node[] | undefined {
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return undefined;
    if (!isSeq(node)) {
      this.problem(node, `${path} must be a list`);
      return [];
    }
    return node.items as Node[];
  }

  scalar(node: Node | null | undefined): Located<unknown> | undefined {
    if (node === null || node === undefined) return undefined;
    if (!isScalar(node)) return { value: node, ...this.at(node) };
    return node.value === null ? undefined : { value: node.value, ...this.at(node) };
  }

  oneOf<T extends string>(node: Node | null | undefined, path: string, choices: readonly T[]): T | undefined {
    const s = this.scalar(node);
    if (s === undefined) return undefined;
    if (typeof s.value === 'string' && (choices as readonly string[]).includes(s.value)) return s.value as T;
    this.problem(node, `${path} must be one of: ${choices.join(', ')}`);
    return undefined;
  }

  integer(node: Node | null | undefined, path: string, min: number, max: number): number | undefined {
    const s = this.scalar(node);
    if (s === undefined) return undefined;
    if (typeof s.value === 'number' && Number.isInteger(s.value) && s.value >= min && s.value <= max) {
      return s.value;
    }
    this.problem(node, `${path} must be an integer from ${min} to ${max}`);
    return undefined;
  }

  boolean(node: Node | null | undefined, path: string): boolean | undefined {
    const s = this.scalar(node);
    if (s === undefined) return undefined;
    if (typeof s.value === 'boolean') return s.value;
    this.problem(node, `${path} must be true or false`);
    return undefined;
  }
}
