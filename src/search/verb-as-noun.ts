// Whether a verb word is a noun by its place in the sentence (data/verb-as-noun-r19-siblings.ts):
// the subject of a copula ("the run IS still going"), a word of a determiner's noun phrase ("of a
// codepipeline RELEASE"), the subject's state after a copula ("is GETTING throttled"), or a verb
// of a relative clause ("rules that EXPIRE"). The verb finder then skips it, so a noun phrase reads as a look at the thing.

import {
  AFTER_SUBJECT,
  COPULAS,
  EXISTING_OPENERS,
  PHRASE_OPENERS,
  RELATIVE_PRONOUNS,
} from './data/verb-as-noun-r19-siblings.js';
import { NOUN_MARKERS } from './data/determiners.js';
import { ATTRIBUTE_OF } from './data/verb-as-noun-r21-data.js';
import { WHO_DID } from './data/history-words.js';
import { STOP_WORDS } from './data/stop-words.js';
import { namesIds, relativeParticiple } from './relative-participle.js';
import { pluralS, stem } from './text.js';
import { VERBS } from './vocabulary.js';

/** Content words a determiner's phrase holds before its noun ("the rds snapshot export"). */
const MAX_PHRASE_WORDS = 4;

/** Whether the verb word at i names a thing here (with the readings of relative-participle.ts). */
export function usedAsNoun(ws: readonly string[], i: number): boolean {
  if (relativeParticiple(ws, i) || namesIds(ws, i)) return true;
  if (i > 0 && AFTER_SUBJECT.words.has(ws[i + 1] ?? '')) return true;
  return inOpenedPhrase(ws, i) || subjectState(ws, i) || inRelativeClause(ws, i);
}

/**
 * Inside a noun phrase a determiner opens after "of" ("of the rds snapshot EXPORT task"): its
 * content words up to the word are nouns; none is an order's verb. At the query's start only
 * when no clause follows: then the phrase is a subject, its verb left to the other readings
 * ("the Auditors permission SET should include ...").
 */
function inOpenedPhrase(ws: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k <= MAX_PHRASE_WORDS && !STOP_WORDS.has(ws[k]!)) k--;
  if (k === i - 1 || i - k > MAX_PHRASE_WORDS) return false;
  // "status of athena QUERY abc": after what is known of a thing and "of", no determiner is needed
  if (ws[k] === 'of' && ATTRIBUTE_OF.words.has(ws[k - 1] ?? '')) return true;
  if (!NOUN_MARKERS.has(ws[k]!)) return false;
  // at the start, only a phrase no clause follows ("my old classic LOAD balancers in us-east-1")
  // nor holds ("an insert failed, ABORT ...")
  if (k === 0)
    return !ws.slice(i + 1).some((w) => EXISTING_OPENERS.unless.has(w)) && !ws.slice(1, i).some(pastTense);
  if (ws.slice(0, k).some((w) => PHRASE_OPENERS.unlessAfter.has(w))) return false;
  return PHRASE_OPENERS.words.has(ws[k - 1]!);
}

/** "the stream is GETTING throttled": a participle after a copula is the subject's state. */
function subjectState(ws: readonly string[], i: number): boolean {
  // not -ed: "the api was paused ..., get it going again" names the state a later verb undoes
  return COPULAS.words.has(ws[i - 1] ?? '') && ws[i]!.endsWith('ing');
}

/**
 * After "that"/"which" following a noun (not a verb: "check that ..."), up to the end, in a query
 * that opens as a noun phrase (data/verb-as-noun-r19-siblings.ts RELATIVE_PRONOUNS.openings).
 */
function inRelativeClause(ws: readonly string[], i: number): boolean {
  if (!RELATIVE_PRONOUNS.openings.has(ws[0]!) && !(ws[0]!.length > 3 && pluralS(ws[0]!))) return false;
  for (let k = i - 1; k > 0; k--) {
    if (!RELATIVE_PRONOUNS.words.has(ws[k]!)) continue;
    const noun = ws[k - 1]!;
    return !STOP_WORDS.has(noun) && !VERBS.has(stem(noun));
  }
  return false;
}

/** A past tense, a clause's verb ("leaked", "took"): a noun phrase holds none after its first words. */
export function pastTense(w: string): boolean {
  return /..ed$/.test(w) || WHO_DID.irregular.has(w);
}
