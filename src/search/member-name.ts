// "which groups is alice in": a membership question (siblings.ts membershipSpan) whose member is
// one bare name, no kind said, asks about a user of that name (data/member-name-r17-questions.ts).
// Read as if the kind were typed before the name ("which groups is user alice in"), so the
// member is read as the one thing of its kind, as any typed kind would be.

import { BARE_NAME_MEMBER } from './data/member-name-r17-questions.js';
import { STOP_WORDS } from './data/stop-words.js';
import type { SearchIndexData } from './index-build.js';
import { membershipSpan } from './siblings.js';
import { withoutNegated } from './negation.js';
import { stem, words } from './text.js';

/** The tokens with the kind of a bare-name member put before the name; the same tokens otherwise. */
export function withMemberKind(ix: SearchIndexData, tokens: readonly string[]): readonly string[] {
  const ws = tokens.map((t) => words(t).join(' '));
  const span = membershipSpan(ws);
  if (span === undefined || span.end - span.start !== 1) return tokens;
  const name = ws[span.start]!;
  // a kind typed alone ("which groups is the user in") or a word of the index's names is no name
  if (!/^[a-z]+$/.test(name) || STOP_WORDS.has(name)) return tokens;
  if (ix.nameLike[ix.termIds.get(stem(name)) ?? -1] === 1) return tokens;
  return [...tokens.slice(0, span.start), BARE_NAME_MEMBER.kind, ...tokens.slice(span.start)];
}

/** The query's tokens without the clauses that rule an action out, a bare-name member's kind put in. */
export function typedTokens(ix: SearchIndexData, query: string): readonly string[] {
  return withMemberKind(ix, withoutNegated(query.trim().split(/\s+/).filter(Boolean)));
}
