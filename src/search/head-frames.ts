// The head noun is the thing asked about (query.ts): words that only frame it ("the status of",
// "when was the last") are passed over (data/head-frames-r12.ts), and a noun picked by its time
// among a set ("the last run") asks for the set, which only the list of them holds.

import { HEAD_FRAMES, TIME_FILTER } from './data/head-frames-r12.js';
import { STOP_WORDS } from './data/stop-words.js';
import type { SearchIndexData } from './index-build.js';

/** Whether the word at i frames the head noun that follows instead of being it. */
export function framesHead(ws: readonly string[], i: number): boolean {
  return Object.hasOwn(HEAD_FRAMES, ws[i]!) && (i === 0 || HEAD_FRAMES[ws[i]!]!.opener !== true);
}

/**
 * The head word at i in the number asked: its plural after a frame that picks by time ("the
 * last execution" -> executions), when some operation's name spells that plural.
 */
export function numberAsked(ix: SearchIndexData, ws: readonly string[], i: number): string {
  const word = ws[i]!;
  if (HEAD_FRAMES[ws[i - 1] ?? '']?.byTime !== true || word.endsWith('s')) return word;
  const plural = /(?:x|ch|sh)$/.test(word)
    ? `${word}es`
    : /[^aeiou]y$/.test(word)
      ? `${word.slice(0, -1)}ies`
      : `${word}s`;
  return ix.rawWordIds.get(plural) === undefined ? word : plural;
}

/** Whether the word at i is a past participle a time follows ("launched today", "created in the last week"). */
export function filtersByTime(ws: readonly string[], i: number): boolean {
  if (i === 0 || !ws[i]!.endsWith('ed') || TIME_FILTER.outcomes.has(ws[i]!)) return false;
  let k = i + 1;
  while (k < ws.length && STOP_WORDS.has(ws[k]!) && !TIME_FILTER.times.has(ws[k]!)) k++;
  return TIME_FILTER.times.has(ws[k] ?? '');
}
