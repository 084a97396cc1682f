// "make sure the database finished creating": a check that one thing finished a change, worded
// as a request. Read as one, its opener is the task (make -> create, confirm -> ConfirmX) and
// the -ing word pulls the change itself. It is the status question "has the database finished
// creating", which status.ts answers with the thing's own read; so the request is put that way
// before anything reads it (data/progress-check-r20.ts).

import { CHECK_OPENERS, FINISHED_WORDS } from './data/progress-check-r20.js';

/** The most words the thing checked may have ("the rds instance billing-db"). */
const THING_WORDS = 8;

const OPENER = Object.keys(CHECK_OPENERS).join('|');
const LINK = String.raw`(?:(?:has|have|is|are|was|were)\s+|to\s+be\s+)?`;
const CHECK = new RegExp(
  String.raw`^(?:please\s+)?(?:${OPENER})\s+(?:that\s+|whether\s+|if\s+)?` +
    String.raw`((?:[^\s]+\s+){1,${THING_WORDS}}?)${LINK}(?:${FINISHED_WORDS.join('|')})\s+([a-z]+ing)\b`,
  'i',
);

/** The check as its status question, or the query unchanged when it is no such check. */
export function asProgressQuestion(query: string): string {
  const m = CHECK.exec(query.trimStart());
  if (!m) return query;
  const rest = query.trimStart().slice(m[0].length);
  return `has ${m[1]!.trim()} finished ${m[2]!}${rest}`;
}
