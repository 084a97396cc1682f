// Makes a result fit a character budget without ever cutting JSON text: whole trailing list items
// go first (largest lists first), then long strings are shortened with a marker, and only as a
// last resort lists are emptied and object members dropped. Sizes are measured once (SizeTree),
// so a 10 MB output costs a few linear passes, not a re-stringify per removed item.

import { MaxHeap } from './max-heap.js';
import { SizeTree, type Container, type SizeNode } from './size-tree.js';

/** Below this a marker alone would not fit; smaller caps are raised to it. */
export const MIN_OUTPUT_CHARACTERS = 64;
/** Strings are not shortened below this many characters unless nothing else helps. */
const LONG_STRING_KEEP = 256;
const MAX_REPORTED = 50;

export interface CapReport {
  readonly originalChars: number;
  readonly keptChars: number;
  /** Lists that lost trailing items (at most 50 listed; `moreLists` counts the rest). */
  readonly lists: { path: string; kept: number; total: number }[];
  readonly moreLists?: number;
  /** Strings shortened with a `...[+N chars]` marker. */
  readonly strings: { path: string; keptChars: number; totalChars: number }[];
  /** Object members dropped whole (only when emptying every list was not enough). */
  readonly droppedMembers: string[];
}

export interface CappedOutput {
  readonly value: unknown;
  readonly truncated?: CapReport;
}

function marker(omitted: number): string {
  return `...[+${omitted} chars]`;
}

/**
 * Fits `value` into `maxCharacters` of JSON text (at least MIN_OUTPUT_CHARACTERS). A value that
 * fits is returned as is; otherwise a plain-JSON copy (timestamps as ISO strings) is cut down and
 * the report says what went. The input is never mutated. Values must be JSON-serializable.
 */
export function capOutput(value: unknown, maxCharacters: number): CappedOutput {
  const cap = Math.max(MIN_OUTPUT_CHARACTERS, Math.floor(maxCharacters));
  const text = JSON.stringify(value);
  if (text === undefined || text.length <= cap) return { value };
  const parsed: unknown = JSON.parse(text);
  const report = {
    lists: new Map<SizeNode, number>(),
    strings: [] as CapReport['strings'],
    dropped: [] as string[],
  };

  if (typeof parsed !== 'object' || parsed === null) {
    // Only a string can be this long on its own.
    const s = parsed as string;
    const out = shortenToFit(s, text.length - cap, 0);
    report.strings.push({ path: '@', keptChars: out.length, totalChars: s.length });
    return finish(out, text.length, report, undefined);
  }

  const tree = new SizeTree(parsed as Container);
  const fits = (): boolean => tree.root.size <= cap;
  dropListItems(tree, cap, 1, report.lists);
  if (!fits()) shortenStrings(tree, cap, LONG_STRING_KEEP, report.strings);
  if (!fits()) dropListItems(tree, cap, 0, report.lists);
  if (!fits()) shortenStrings(tree, cap, 0, report.strings);
  if (!fits()) dropMembers(tree, cap, report.dropped);
  return finish(parsed, text.length, report, tree);
}

function finish(
  value: unknown,
  originalChars: number,
  report: { lists: Map<SizeNode, number>; strings: CapReport['strings']; dropped: string[] },
  tree: SizeTree | undefined,
): CappedOutput {
  const lists = [...report.lists]
    .filter(([node]) => tree!.attached(node))
    .map(([node, total]) => ({ path: tree!.pathOf(node), kept: node.value.length as number, total }));
  return {
    value,
    truncated: {
      originalChars,
      keptChars: tree ? tree.root.size : JSON.stringify(value).length,
      lists: lists.slice(0, MAX_REPORTED),
      ...(lists.length > MAX_REPORTED ? { moreLists: lists.length - MAX_REPORTED } : {}),
      strings: report.strings.slice(0, MAX_REPORTED),
      droppedMembers: report.dropped.slice(0, MAX_REPORTED),
    },
  };
}

/** Drops trailing items from whichever list is currently largest, one at a time, until it fits. */
function dropListItems(tree: SizeTree, cap: number, minKeep: number, totals: Map<SizeNode, number>): void {
  const heap = new MaxHeap<SizeNode>();
  for (const node of tree.arrays) if ((node.value as unknown[]).length > minKeep) heap.push(node.size, node);
  while (tree.root.size > cap && heap.size > 0) {
    const { key, item: node } = heap.pop()!;
    const list = node.value as unknown[];
    if (list.length <= minKeep || !tree.attached(node)) continue;
    if (key !== node.size) {
      heap.push(node.size, node); // a nested list shrank since this entry was queued
      continue;
    }
    if (!totals.has(node)) totals.set(node, list.length);
    // Keep cutting this list while it is still the largest; shorten the array once at the end.
    let length = list.length;
    while (tree.root.size > cap && length > minKeep && node.size >= heap.peekKey()) {
      tree.shrink(node, tree.sizeOf(list[length - 1]) + (length > 1 ? 1 : 0));
      length -= 1;
    }
    list.length = length;
    if (list.length > minKeep) heap.push(node.size, node);
  }
}

interface StringSlot {
  readonly parent: SizeNode;
  readonly key: string | number;
  readonly chars: number;
}

function collectStrings(tree: SizeTree, minChars: number): StringSlot[] {
  const out: StringSlot[] = [];
  const visit = (node: SizeNode): void => {
    const c = node.value as Record<string | number, unknown>;
    for (const key of Array.isArray(node.value) ? node.value.keys() : Object.keys(node.value)) {
      const v = c[key];
      if (typeof v === 'string') {
        const chars = JSON.stringify(v).length;
        if (chars > minChars) out.push({ parent: node, key, chars });
      } else if (typeof v === 'object' && v !== null) visit(tree.nodeOf(v as Container)!);
    }
  };
  visit(tree.root);
  return out.sort((a, b) => b.chars - a.chars);
}

/** Characters JSON.stringify spends on one code unit (or a surrogate pair, counted at its start). */
function escapedWidth(s: string, i: number): { width: number; units: number } {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    return { width: 2, units: 2 };
  }
  if (c >= 0xd800 && c <= 0xdfff) return { width: 6, units: 1 }; // lone surrogate: \udxxx
  if (c === 0x22 || c === 0x5c) return { width: 2, units: 1 };
  if (c < 0x20) return { width: c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6, units: 1 };
  return { width: 1, units: 1 };
}

/**
 * `s` shortened (with a marker) so its JSON text is `excess` characters shorter, keeping at least
 * `floor` characters. One pass over the kept prefix; pairs are never split.
 */
function shortenToFit(s: string, excess: number, floor: number): string {
  const room = JSON.stringify(s).length - excess - 2 - marker(s.length).length;
  let used = 0;
  let keep = 0;
  while (keep < s.length) {
    const { width, units } = escapedWidth(s, keep);
    if (used + width > room && keep >= floor) break;
    used += width;
    keep += units;
  }
  return keep >= s.length ? s : s.slice(0, keep) + marker(s.length - keep);
}

function shortenStrings(tree: SizeTree, cap: number, floor: number, report: CapReport['strings']): void {
  const minChars = floor + marker(0).length + 8;
  for (const slot of collectStrings(tree, minChars)) {
    if (tree.root.size <= cap) return;
    const c = slot.parent.value as Record<string | number, unknown>;
    const s = c[slot.key] as string;
    const out = shortenToFit(s, tree.root.size - cap, floor);
    const freed = slot.chars - JSON.stringify(out).length;
    if (freed <= 0) continue;
    c[slot.key] = out;
    tree.shrink(slot.parent, freed);
    report.push({
      path: childPath(tree, slot.parent, slot.key),
      keptChars: out.length,
      totalChars: s.length,
    });
  }
}

/** Path of a member of `parent`, in the same style as SizeTree.pathOf. */
function childPath(tree: SizeTree, parent: SizeNode, key: string | number): string {
  const base = tree.pathOf(parent);
  if (typeof key === 'number') return base === '@' ? `[${key}]` : `${base}[${key}]`;
  const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : JSON.stringify(key);
  return base === '@' ? name : `${base}.${name}`;
}

/** Last resort: drop the largest object members (lists are already empty by now). */
function dropMembers(tree: SizeTree, cap: number, report: string[]): void {
  const slots: { parent: SizeNode; key: string; chars: number }[] = [];
  const visit = (node: SizeNode): void => {
    if (Array.isArray(node.value)) return;
    for (const [key, v] of Object.entries(node.value)) {
      slots.push({ parent: node, key, chars: JSON.stringify(key).length + 1 + tree.sizeOf(v) });
      if (typeof v === 'object' && v !== null) visit(tree.nodeOf(v as Container)!);
    }
  };
  visit(tree.root);
  slots.sort((a, b) => b.chars - a.chars);
  for (const slot of slots) {
    if (tree.root.size <= cap) return;
    const obj = slot.parent.value as Record<string, unknown>;
    if (!tree.attached(slot.parent) || !Object.prototype.hasOwnProperty.call(obj, slot.key)) continue;
    const count = Object.keys(obj).length;
    const freed = JSON.stringify(slot.key).length + 1 + tree.sizeOf(obj[slot.key]) + (count > 1 ? 1 : 0);
    const path = childPath(tree, slot.parent, slot.key);
    delete obj[slot.key];
    tree.shrink(slot.parent, freed);
    report.push(path);
  }
}
