// "ResourceNotFoundException calling GetFunction, what functions exist in this region": an
// error pasted before a question (data/error-question-r14.ts). The last clause is the question
// the query asks, as when it ends with "?" (intent.ts asksAfterContext). The error clause's
// verbs ("when creating a bucket", "calling") tell the failed call again, not the task: they
// are dropped; its code, call name, services and things ("on role deployer") stay.

import { ERROR_CODES, FAILED_CALL_NAME } from './data/error-codes.js';
import { ERROR_THEN_QUESTION } from './data/error-question-r14.js';
import { BACK_REFERENCES } from './data/negation-r14.js';
import { servicesNamed } from './exact.js';
import type { SearchIndexData } from './index-build.js';
import { isQuestion } from './intent.js';
import { stem, unwrapToken, words } from './text.js';
import { STOP_WORDS } from './data/stop-words.js';
import { VERBS } from './vocabulary.js';

const isCode = (t: string): boolean => ERROR_CODES.some((e) => e.pattern.test(unwrapToken(t)));

/**
 * Whether an earlier clause holds an error code and the last one opens like a question of its
 * own; one that points back ("which policies are on it") asks about the thing the error names,
 * and is read with it as typed.
 */
export function asksAfterError(query: string): boolean {
  const clauses = query.split(ERROR_THEN_QUESTION.clauseBreak);
  const asked = words(clauses[clauses.length - 1]!);
  if (clauses.length < 2 || !isQuestion(asked) || asked.some((w) => BACK_REFERENCES.has(w))) return false;
  return clauses.slice(0, -1).some((c) => c.split(/\s+/).some(isCode));
}

/**
 * The tokens to read when an error comes before a question: the question first (so it opens
 * the query, as questions are read), then the error clause's code, call name and services.
 */
export function questionAfterError(ix: SearchIndexData, raw: readonly string[]): readonly string[] {
  if (!asksAfterError(raw.join(' '))) return raw;
  const clauses = raw.join(' ').split(ERROR_THEN_QUESTION.clauseBreak);
  const question = clauses[clauses.length - 1]!.split(/\s+/).filter(Boolean);
  const context = clauses
    .slice(0, -1)
    .flatMap((c) => c.split(/\s+/))
    .filter((t) => {
      const u = unwrapToken(t);
      if (isCode(t) || FAILED_CALL_NAME.test(u) || servicesNamed(ix, u).length > 0) return true;
      const w = u.toLowerCase();
      return !STOP_WORDS.has(w) && !VERBS.has(stem(w)) && !ERROR_THEN_QUESTION.contextVerbs.has(w);
    });
  return [...question, ...context];
}
