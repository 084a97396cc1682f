// Variants of a vocabulary phrase that differ only in a determiner (data/determiners.ts):
// "share my subnets" also reads as "share our subnets", "share the subnets", "share subnets".
// Built as stemmed lookup keys straight away, with plain loops: thousands of them are made at
// module load, on the way to the first search.

import { DETERMINERS } from './data/determiners.js';
import { stem } from './text.js';

const DETERMINER_SET: ReadonlySet<string> = new Set(DETERMINERS);
/** Each determiner as a key spells it, plus '' for dropping it. */
const CHOICES: readonly string[] = [...DETERMINERS.map(stem), ''];

/**
 * Stemmed keys of a phrase's variants, given its words and their stems: its determiner (or
 * each of two) replaced by every other one or dropped. Neither the phrase's own key nor
 * one-word keys; phrases with more than two determiners keep their own wording.
 */
export function determinerVariantKeys(ws: readonly string[], stems: readonly string[]): string[] {
  const at: number[] = [];
  for (let i = 0; i < ws.length; i++) if (DETERMINER_SET.has(ws[i]!)) at.push(i);
  if (at.length === 0 || at.length > 2) return [];
  const parts = [...stems];
  const own = stems.join(' ');
  const out = new Set<string>();
  const emit = (): void => {
    let key = '';
    let n = 0;
    for (const p of parts) if (p !== '') key = n++ === 0 ? p : `${key} ${p}`;
    if (n > 1 && key !== own) out.add(key);
  };
  for (const a of CHOICES) {
    parts[at[0]!] = a;
    if (at.length === 1) emit();
    else
      for (const b of CHOICES) {
        parts[at[1]!] = b;
        emit();
      }
  }
  return [...out];
}
