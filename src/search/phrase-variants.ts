// Variants of a vocabulary phrase that differ only in a determiner (data/determiners.ts):
// "share my subnets" also reads as "share our subnets", "share the subnets", "share subnets".

import { DETERMINERS } from './data/determiners.js';
import { words } from './text.js';

const DETERMINER_SET: ReadonlySet<string> = new Set(DETERMINERS);
/** Phrases with more determiners than this keep their own wording (variants grow as 13^n). */
const MAX_DETERMINERS = 2;

/** The phrase's words with each determiner replaced by every other one or dropped (not itself). */
export function determinerVariants(phrase: string): string[] {
  const ws = words(phrase);
  const at = ws.flatMap((w, i) => (DETERMINER_SET.has(w) ? [i] : []));
  if (at.length === 0 || at.length > MAX_DETERMINERS) return [];
  let out: string[][] = [[]];
  ws.forEach((w, i) => {
    const choices = at.includes(i) ? [...DETERMINERS, ''] : [w];
    out = out.flatMap((prefix) => choices.map((c) => (c === '' ? prefix : [...prefix, c])));
  });
  const original = ws.join(' ');
  return [...new Set(out.map((v) => v.join(' ')))].filter((v) => v !== original && v.includes(' '));
}
