// A string -> list-of-ids table stored as sorted keys and typed arrays: built once, looked up by
// binary search, and (unlike a Map of arrays) loaded from the index cache as views into the
// file with no decoding, which keeps the first search in a fresh process fast.

import type { Ensure } from './paged-file.js';
import { binarySearch, compare, PackedList, packStrings, type PackedStrings } from './string-list.js';

/** The table's plain data: what the index cache stores. */
export interface TableData {
  /** Sorted keys. */
  readonly keys: PackedStrings;
  /** Values of key i are values[start[i] .. start[i+1]). */
  readonly start: Uint32Array;
  readonly values: Uint32Array;
  readonly weights: Float32Array;
}

export class SortedTable<T> {
  private readonly keys: PackedList;

  constructor(
    readonly data: TableData,
    private readonly make: (value: number, weight: number) => T,
    private readonly ensure?: Ensure,
  ) {
    this.keys = new PackedList(data.keys, true, ensure);
  }

  get size(): number {
    return this.keys.length;
  }

  /** Key i in sorted order. */
  keyAt(i: number): string {
    return this.keys.at(i)!;
  }

  get(key: string): T[] | undefined {
    const i = binarySearch(this.keys, key);
    return i < 0 ? undefined : this.at(i);
  }

  private at(i: number): T[] {
    const out: T[] = [];
    const { start, values, weights } = this.data;
    this.ensure?.(start, i, i + 2);
    this.ensure?.(values, start[i]!, start[i + 1]!);
    this.ensure?.(weights, start[i]!, start[i + 1]!);
    for (let p = start[i]!; p < start[i + 1]!; p++) out.push(this.make(values[p]!, weights[p]!));
    return out;
  }
}

/** Table data from (key, value, weight) entries. */
export function tableData(entries: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>): TableData {
  const keys = [...entries.keys()].sort(compare);
  const start = new Uint32Array(keys.length + 1);
  const values: number[] = [];
  const weights: number[] = [];
  keys.forEach((k, i) => {
    for (const [v, w] of entries.get(k)!) {
      values.push(v);
      weights.push(w);
    }
    start[i + 1] = values.length;
  });
  return {
    keys: packStrings(keys),
    start,
    values: Uint32Array.from(values),
    weights: Float32Array.from(weights),
  };
}

/** A table of plain ids (weights unused). */
export function idTable(map: ReadonlyMap<string, readonly number[]>): SortedTable<number> {
  const entries = new Map([...map].map(([k, ids]) => [k, ids.map((id) => [id, 1] as const)]));
  return new SortedTable(tableData(entries), idOf);
}

export const idOf = (value: number): number => value;
export const pairOf = (value: number, weight: number): readonly [number, number] => [value, weight];
