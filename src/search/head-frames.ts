// The head noun is the thing asked about (query.ts): words that only frame it ("the status of",
// "when was the last") are passed over (data/head-frames-r12.ts), and a noun picked by its time
// among a set ("the last run") asks for the set, which only the list of them holds.

import { HEAD_FRAMES, TIME_FILTER } from './data/head-frames-r12.js';
import { HOW_FRAMES } from './data/how-frames-r21-why.js';
import { STOP_WORDS } from './data/stop-words.js';
import { SUBJECT_WORDS } from './data/tense-words.js';
import type { SearchIndexData } from './index-build.js';
import { namesIds } from './relative-participle.js';

/** Whether the word at i frames the head noun that follows instead of being it. */
export function framesHead(ws: readonly string[], i: number): boolean {
  // "how LONG has the cluster been up": the measure frames the thing measured (round 21)
  if (ws[i - 1] === 'how' && HOW_FRAMES.measures.has(ws[i]!)) return true;
  return Object.hasOwn(HEAD_FRAMES, ws[i]!) && (i === 0 || HEAD_FRAMES[ws[i]!]!.opener !== true);
}

/**
 * The head word at i in the number asked: its plural after a frame that picks by time ("the
 * last execution" -> executions), when some operation's name spells that plural.
 */
export function numberAsked(ix: SearchIndexData, ws: readonly string[], i: number): string {
  const word = ws[i]!;
  // "the last execution" and "deployment ids" both ask for the set (relative-participle.ts namesIds)
  const set = HEAD_FRAMES[ws[i - 1] ?? '']?.byTime === true || namesIds(ws, i);
  if (!set || word.endsWith('s')) return word;
  const plural = /(?:x|ch|sh)$/.test(word)
    ? `${word}es`
    : /[^aeiou]y$/.test(word)
      ? `${word.slice(0, -1)}ies`
      : `${word}s`;
  return ix.rawWordIds.get(plural) === undefined ? word : plural;
}

/**
 * Whether the word at i is a past participle that a time window follows, after the things it
 * describes ("instances LAUNCHED today", "images PUSHED to repo x in the last week"). After a
 * subject ("we deleted ... yesterday") or a stop word ("was stopped") it stays a verb.
 */
export function participleInTimeWindow(ws: readonly string[], i: number): boolean {
  const w = ws[i]!;
  if (i === 0 || w.length < 5 || !w.endsWith('ed')) return false;
  const before = ws[i - 1]!;
  if (STOP_WORDS.has(before) || SUBJECT_WORDS.has(before)) return false;
  for (let k = i + 1; k < Math.min(ws.length, i + 1 + TIME_FILTER.reach); k++) {
    if (TIME_FILTER.times.has(ws[k]!)) return true;
  }
  return false;
}

/** A time filter's word in a read: the participle of a time window, unless it names an outcome ("failed"). */
export function filtersByTime(ws: readonly string[], i: number): boolean {
  return participleInTimeWindow(ws, i) && !TIME_FILTER.outcomes.has(ws[i]!);
}
