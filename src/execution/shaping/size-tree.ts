// The serialized size of every container in a parsed JSON value, measured once and kept current as
// capOutput removes parts, so truncation never re-stringifies the whole value.

export type Container = unknown[] | Record<string, unknown>;

/** Characters that JSON.stringify escapes in strings (lone surrogates included). */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON text length of a scalar from JSON.parse, without stringifying plain strings and numbers. */
export function scalarLength(v: unknown): number {
  if (typeof v === 'string') return NEEDS_ESCAPE.test(v) ? JSON.stringify(v).length : v.length + 2;
  if (typeof v === 'number') return String(v).length;
  if (v === null) return 4;
  if (typeof v === 'boolean') return v ? 4 : 5;
  return JSON.stringify(v).length;
}

export interface SizeNode {
  readonly value: Container;
  /** Characters of JSON.stringify(value) as the value is now. */
  size: number;
  readonly parent: SizeNode | undefined;
  readonly key: string | number;
}

export class SizeTree {
  readonly root: SizeNode;
  private readonly nodes = new Map<Container, SizeNode>();
  /** Member names repeat across list items; measure each once. */
  private readonly keyLengths = new Map<string, number>();
  readonly arrays: SizeNode[] = [];

  /** `value` must be plain JSON (as JSON.parse returns) and a container. */
  constructor(value: Container) {
    this.root = this.measureContainer(value, undefined, '');
  }

  /** Serialized size of a child value as it is now. */
  sizeOf(value: unknown): number {
    if (typeof value === 'object' && value !== null) return this.nodes.get(value as Container)!.size;
    return scalarLength(value);
  }

  nodeOf(value: Container): SizeNode | undefined {
    return this.nodes.get(value);
  }

  /** Records that `node` lost `chars` characters; every ancestor loses them too. */
  shrink(node: SizeNode, chars: number): void {
    for (let n: SizeNode | undefined = node; n; n = n.parent) n.size -= chars;
  }

  /** False once the node, or any ancestor, was cut out of the tree. */
  attached(node: SizeNode): boolean {
    for (let n = node; n.parent; n = n.parent) {
      const p = n.parent.value;
      const present = Array.isArray(p)
        ? (n.key as number) < p.length
        : Object.prototype.hasOwnProperty.call(p, n.key) && p[n.key as string] === n.value;
      if (!present) return false;
    }
    return true;
  }

  /** JMESPath-style path of a node: `Reservations[0].Instances`, `@` for the root. */
  pathOf(node: SizeNode): string {
    const parts: string[] = [];
    for (let n = node; n.parent; n = n.parent) {
      if (typeof n.key === 'number') parts.push(`[${n.key}]`);
      else parts.push(/^[A-Za-z_][A-Za-z0-9_]*$/.test(n.key) ? `.${n.key}` : `.${JSON.stringify(n.key)}`);
    }
    const path = parts.reverse().join('');
    return path === '' ? '@' : path.startsWith('.') ? path.slice(1) : path;
  }

  private measure(value: unknown, parent: SizeNode, key: string | number): number {
    if (typeof value === 'object' && value !== null)
      return this.measureContainer(value as Container, parent, key).size;
    return JSON.stringify(value).length;
  }

  private measureContainer(value: Container, parent: SizeNode | undefined, key: string | number): SizeNode {
    const node: SizeNode = { value, size: 0, parent, key };
    this.nodes.set(value, node);
    let size = 2;
    if (Array.isArray(value)) {
      this.arrays.push(node);
      for (let i = 0; i < value.length; i++) size += this.measure(value[i], node, i) + (i > 0 ? 1 : 0);
    } else {
      let first = true;
      for (const k of Object.keys(value)) {
        let keyLength = this.keyLengths.get(k);
        if (keyLength === undefined) this.keyLengths.set(k, (keyLength = JSON.stringify(k).length));
        size += keyLength + 1 + this.measure(value[k], node, k) + (first ? 0 : 1);
        first = false;
      }
    }
    node.size = size;
    return node;
  }
}
