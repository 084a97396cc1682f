// A plain one-word name after its kind (data/plain-names-r21-tail.ts): "on bucket invoices", "in
// domain acme". Kebab names and quoted or "called" names are read elsewhere (kept-tokens.ts,
// called-names.ts); a plain word is a name only where nothing else fits: right after a kind that
// follows a preposition, closing the phrase, and not a word any operation names together with the
// kind ("on bucket policy" is PutBucketPolicy's object, "in table orders" names a table).

import { PLAIN_NAMES } from './data/plain-names-r21-tail.js';
import { PHRASAL_VERBS } from './data/phrasal-verbs.js';
import { STOP_WORDS } from './data/stop-words.js';
import { servicesNamed } from './exact.js';
import type { SearchIndexData } from './index-build.js';
import { nameHolds } from './name-words.js';
import { stem, withoutTrailingPunctuation } from './text.js';
import { PHRASES } from './vocabulary.js';

/** Whether raw[i] is a plain name the user gave the thing whose kind is typed right before it. */
export function plainNameAfterKind(ix: SearchIndexData, raw: readonly string[], i: number): boolean {
  const w = withoutTrailingPunctuation(raw[i]!).toLowerCase();
  if (!PLAIN_NAMES.name.test(w) || STOP_WORDS.has(w)) return false;
  const kind = (raw[i - 1] ?? '').toLowerCase();
  const prep = (raw[i - 2] ?? '').toLowerCase();
  if (!PLAIN_NAMES.kinds.has(kind) || !PLAIN_NAMES.prepositions.has(prep)) return false;
  // "turn on domain signatures": the preposition is a verb's particle, and its object follows
  if (Object.hasOwn(PHRASAL_VERBS, `${(raw[i - 3] ?? '').toLowerCase()} ${prep}`)) return false;
  const next = raw[i + 1]?.toLowerCase();
  const closes = next === undefined || raw[i]!.length !== w.length || STOP_WORDS.has(next);
  if (!closes || PLAIN_NAMES.notNames.test(w) || PLAIN_NAMES.kinds.has(w)) return false;
  // "from service catalog", "in parameter store": the two words name a service or a known phrase
  if (servicesNamed(ix, `${kind} ${w}`).length > 0 || PHRASES.has(`${stem(kind)} ${stem(w)}`)) return false;
  return !namedWithKind(ix, kind, w);
}

/**
 * Whether some operation's name holds both the kind and the word (GetBucketPolicy: bucket,
 * policy). Scans the name words, which every index holds in memory: the inverse (namePostOp) is
 * read from a cache file only once a query's postings are prepared, after the words are read.
 * Runs only for a kind and a word closing a phrase after a preposition, so rarely.
 */
function namedWithKind(ix: SearchIndexData, kind: string, word: string): boolean {
  const k = ix.termIds.get(stem(kind));
  const t = ix.termIds.get(stem(word));
  if (k === undefined || t === undefined) return false;
  for (let op = 0; op < ix.opCount; op++) if (nameHolds(ix, op, k) && nameHolds(ix, op, t)) return true;
  return false;
}
