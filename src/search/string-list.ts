// Lists of strings packed as UTF-8 bytes and end offsets, decoded one entry at a time. The index
// cache loads them as views into the file (binary-record.ts), so a fresh server decodes only the
// names and summaries it shows and the keys a lookup compares, not all 16,000 of each up front;
// with a pager (paged-file.ts) it also reads only the blocks of the file holding those entries.

import type { Ensure } from './paged-file.js';

/** What the index needs of a list of strings (a plain array is one too). */
export interface StringList {
  readonly length: number;
  at(i: number): string | undefined;
}

/** A string -> id map: a Map when built, a SortedLookup when loaded from the cache. */
export type Lookup = Pick<ReadonlyMap<string, number>, 'get' | 'has' | 'size'>;

/** Entry i is bytes[ends[i-1] .. ends[i]) (from 0 for the first). */
export interface PackedStrings {
  readonly bytes: Uint8Array;
  readonly ends: Uint32Array;
}

const decoder = new TextDecoder();

export function packStrings(list: readonly string[]): PackedStrings {
  const encoder = new TextEncoder();
  const parts = list.map((s) => encoder.encode(s));
  const ends = new Uint32Array(parts.length);
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  parts.forEach((p, i) => {
    bytes.set(p, at);
    at += p.length;
    ends[i] = at;
  });
  return { bytes, ends };
}

export class PackedList implements StringList {
  private readonly memo: (string | undefined)[] | undefined;

  /**
   * `memo`: keep what was decoded. For sorted keys: a binary search visits the same middle keys
   * on every lookup, so after the first few queries those are plain strings again.
   */
  constructor(
    readonly packed: PackedStrings,
    memo = false,
    private readonly ensure?: Ensure,
  ) {
    this.memo = memo ? [] : undefined;
  }

  get length(): number {
    return this.packed.ends.length;
  }

  at(i: number): string | undefined {
    const { bytes, ends } = this.packed;
    if (!Number.isInteger(i) || i < 0 || i >= ends.length) return undefined;
    const known = this.memo?.[i];
    if (known !== undefined) return known;
    this.ensure?.(ends, i === 0 ? 0 : i - 1, i + 1);
    const from = i === 0 ? 0 : ends[i - 1]!;
    this.ensure?.(bytes, from, ends[i]!);
    const s = decoder.decode(bytes.subarray(from, ends[i]));
    if (this.memo) this.memo[i] = s;
    return s;
  }

  /** Every entry, decoded (for building, not for the query path). */
  toArray(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i)!);
  }
}

/**
 * A string -> number map stored as sorted packed keys and their values, looked up by binary
 * search: it needs no work to load, where a Map of 5,000-16,000 keys costs milliseconds.
 */
export class SortedLookup implements Pick<ReadonlyMap<string, number>, 'get' | 'has' | 'size'> {
  private readonly keys: PackedList;

  constructor(
    readonly data: { readonly keys: PackedStrings; readonly values: Uint32Array },
    private readonly ensure?: Ensure,
  ) {
    this.keys = new PackedList(data.keys, true, ensure);
  }

  static of(map: ReadonlyMap<string, number>): SortedLookup {
    const sorted = [...map.keys()].sort(compare);
    return new SortedLookup({
      keys: packStrings(sorted),
      values: Uint32Array.from(sorted, (k) => map.get(k)!),
    });
  }

  get size(): number {
    return this.keys.length;
  }

  get(key: string): number | undefined {
    const i = binarySearch(this.keys, key);
    if (i < 0) return undefined;
    this.ensure?.(this.data.values, i, i + 1);
    return this.data.values[i];
  }

  has(key: string): boolean {
    return binarySearch(this.keys, key) >= 0;
  }
}

export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Index of `key` in a list sorted by `compare`, or -1. */
export function binarySearch(list: StringList, key: string): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = list.at(mid)!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
