// Which verb of the query is its task's: the first verb phrase of the main clause. A verb after
// a side-clause marker ("before deleting ...", "so we can send ...") gives the timing or the
// purpose and is taken only when the query has no other verb. A later-step marker after that
// verb ("..., then resume it") opens a step that is not the task (data/later-steps.ts).

import { MAX_MARKER_WORDS, SIDE_CLAUSE_MARKERS } from './data/clauses.js';
import {
  ASKING_VERBS,
  ASKING_WEIGHTS,
  ASSISTANT_WORDS,
  BACK_REFERENCES,
  EARLIER_STEP_MARKERS,
  LATER_STEP_MARKERS,
  MAX_STEP_MARKER_WORDS,
  QUESTION_OPENERS,
} from './data/later-steps.js';
import { NOUN_MARKERS, SPEAKER_COPULAS } from './data/determiners.js';
import { RECORD_NOUNS } from './data/noun-reading-r12.js';
import { INDEFINITE, NOUN_PHRASE_WORDS, NOUN_VERBS, RECIPIENTS } from './data/noun-verbs.js';
import { MAX_GAP, NUMBER_WORD, PHRASAL_VERBS } from './data/phrasal-verbs.js';
import { STOP_WORDS } from './data/stop-words.js';
import { participleInTimeWindow } from './head-frames.js';
import { nounTie } from './relative-participle.js';
import { usedAsNoun } from './verb-as-noun.js';
import { wantAsksNoLook } from './want-done.js';
import type { SearchIndexData } from './index-build.js';
import type { VerbSpan } from './query-words.js';
import { VERBS_ENDING_AS_NOUNS } from './data/intent.js';
import { pluralS } from './text.js';
import { asksState, onlyReads, opensWithParticiple } from './intent.js';
import { VERBS } from './vocabulary.js';
import { purposeStep, type Purpose } from './purpose-clause.js';
import { RE_PREFIX } from './data/verbs-r9.js';
import { VERB_PREFIXES } from './data/verbs.js';

const MAX_VERB_WORDS = 4; // "put back in service"
/** What the verb finder reads (service-name words) and writes (side verbs count as translated). */
type VerbRuns = { readonly serviceWord: readonly boolean[]; readonly translated: boolean[] };

/**
 * The verb phrase of the main clause: the first verb that does not follow a side-clause marker
 * ("before deleting the stack, find ..."), else the first verb of the query.
 */
export function firstVerb(
  ix: SearchIndexData,
  ws: readonly string[],
  stems: readonly string[],
  runs: VerbRuns,
): VerbSpan | undefined {
  const { main, side } = clauseVerbs(ix, ws, stems, runs);
  return main ?? side;
}

/** The main clause's verb, and the first side clause's verb met before it. */
function clauseVerbs(
  ix: SearchIndexData,
  ws: readonly string[],
  stems: readonly string[],
  runs: VerbRuns,
): { main?: VerbSpan; side?: VerbSpan } {
  let side: VerbSpan | undefined;
  let inSideClause = false;
  for (let i = 0; i < ws.length; i++) {
    if (markerEndingAt(ws, i)) inSideClause = true;
    const span = verbAt(ix, ws, stems, runs.serviceWord, i);
    if (!span) continue;
    if (!inSideClause) return { main: span, side };
    side ??= span;
    // the side clause's verb word says little about the operation: weighted as a translated word
    for (let k = span.start; k < span.end; k++) runs.translated[k] = true;
    inSideClause = false;
    i = span.end - 1;
  }
  return { side };
}

/** The steps a query names (data/later-steps.ts), when it names more than one. */
export interface Steps {
  /** Where a later step starts (its marker), else the query's length. */
  readonly later: number;
  /** The verb that is not the task's: the later step's, or the main clause's when a step comes first. */
  readonly laterVerb?: { readonly start: number; readonly end: number };
  /** The task's verb, when it is not the main clause's ("delete it, but first back it up"). */
  readonly task?: VerbSpan;
  /** The marker's words ("next", "but first"): they order the steps, they name nothing. */
  readonly marker: { readonly start: number; readonly end: number };
  /** A purpose clause ("so we can send ..."; purpose-clause.ts): where it opens, and its verb. */
  readonly purpose?: Purpose;
}

/**
 * The steps of a query, read from the markers after the main clause's verb: a later step
 * ("pause the cluster, then resume it") or a step done first ("delete the table, but first back
 * it up"). Before the main clause's verb a marker opens that clause itself ("if the queue is
 * empty then delete it").
 */
export function steps(
  ix: SearchIndexData,
  ws: readonly string[],
  stems: readonly string[],
  serviceWord: readonly boolean[],
): Steps | undefined {
  const translated = new Array<boolean>(ws.length).fill(false);
  const { main } = clauseVerbs(ix, ws, stems, { serviceWord, translated });
  if (!main) return undefined;
  const asked = questionContent(ws, stems, main);
  if (asked) return asked;
  for (let i = main.end; i < ws.length; i++) {
    const purpose = purposeStep(
      ws,
      i,
      (v) => typedVerbEnd(stems, v) ?? verbAt(ix, ws, stems, serviceWord, v)?.end,
    );
    if (purpose) return purpose;
    for (let n = Math.min(MAX_STEP_MARKER_WORDS, ws.length - 1 - i); n >= 1; n--) {
      const key = ws.slice(i, i + n).join(' ');
      let v = i + n;
      while (v < ws.length - 1 && STOP_WORDS.has(ws[v]!)) v++;
      // the task's verb comes after the marker: the main clause's verb is not the task's
      const task = EARLIER_STEP_MARKERS[key] ? verbAt(ix, ws, stems, serviceWord, v) : undefined;
      const marker = { start: i, end: i + n };
      if (task) return { later: ws.length, laterVerb: { start: main.start, end: main.end }, task, marker };
      const later = LATER_STEP_MARKERS[key];
      if (!later) continue;
      // right after a marker a verb word is a verb ("next attach the gateway"), after a
      // determiner a noun ("then the backup")
      const typed = v === i + n || !NOUN_MARKERS.has(ws[v - 1]!) ? typedVerbEnd(stems, v) : undefined;
      const end = typed ?? verbAt(ix, ws, stems, serviceWord, v)?.end;
      if (end === undefined && later.verbFollows) continue;
      if (later.backReference && (end === undefined || !BACK_REFERENCES.has(ws[end] ?? ''))) continue;
      return { later: i, marker, ...(end === undefined ? {} : { laterVerb: { start: v, end } }) };
    }
  }
  return undefined;
}

/** What is asked ("ask the bot ABOUT MY ORDER"; data/later-steps.ts QUESTION_OPENERS): a later step. */
function questionContent(ws: readonly string[], stems: readonly string[], main: VerbSpan): Steps | undefined {
  if (main.end - main.start !== 1 || !ASKING_VERBS.has(ws[main.start]!)) return undefined;
  for (let i = main.end + 1; i <= main.end + 5 && i < ws.length - 1; i++) {
    if (QUESTION_OPENERS[ws[i]!] === undefined) continue;
    if (!ws.slice(main.end, i).some((w) => ASSISTANT_WORDS.has(w))) return undefined;
    let v = i + 1;
    while (v < ws.length - 1 && STOP_WORDS.has(ws[v]!)) v++;
    // "about MY ORDER": after a determiner a verb word is a noun
    const end = v === i + 1 || !NOUN_MARKERS.has(ws[v - 1]!) ? typedVerbEnd(stems, v) : undefined;
    return {
      later: i,
      task: { start: main.start, end: main.end, weights: ASKING_WEIGHTS },
      marker: { start: i, end: i + 1 },
      ...(end === undefined ? {} : { laterVerb: { start: v, end } }),
    };
  }
  return undefined;
}

/** The end of a verb phrase of the verb table starting at i, if one does. */
function typedVerbEnd(stems: readonly string[], i: number): number | undefined {
  for (let n = Math.min(3, stems.length - i); n >= 1; n--)
    if (VERBS.has(stems.slice(i, i + n).join(' '))) return i + n;
  return undefined;
}

/** Whether a side-clause marker ends just before position i. */
function markerEndingAt(ws: readonly string[], i: number): boolean {
  for (let n = 1; n <= MAX_MARKER_WORDS && n <= i; n++)
    if (SIDE_CLAUSE_MARKERS[ws.slice(i - n, i).join(' ')] !== undefined) return true;
  return false;
}

/** The verb phrase starting at i (a synonym from the table, or an operation verb), if any. */
function verbAt(
  ix: SearchIndexData,
  ws: readonly string[],
  stems: readonly string[],
  serviceWord: readonly boolean[],
  i: number,
): VerbSpan | undefined {
  // "any update on the ticket": after a determiner the word is a noun; "records of Z...",
  // "the box needs": a task's verb is never an -s form
  const before = ws[i - 1] ?? '';
  if (
    serviceWord[i] ||
    NOUN_MARKERS.has(before) ||
    SPEAKER_COPULAS.has(before) ||
    (ws[i]!.length > 3 && pluralS(ws[i]!))
  )
    return undefined;
  if (nounOfVerb(ws, stems, i)) return undefined;
  if (participleInTimeWindow(ws, i) || usedAsNoun(ws, i) || wantAsksNoLook(ws, i)) return undefined;
  // "re-run": the prefix says again (data/verbs-r9.ts AGAIN_MARKERS), the verb is the next word
  if (ws[i] === RE_PREFIX && i + 1 < ws.length) return undefined;
  // "stopped instances": an opening past participle before a noun is the things' state, not a task
  if (i === 0 && opensWithParticiple(ws)) return undefined;
  const byNoun = nounVerbAt(ws, i);
  if (byNoun) return byNoun;
  // the longest adjacent verb phrase first: "take out of service" (ids pasted between are gone)
  for (let n = Math.min(MAX_VERB_WORDS, ws.length - i); n >= 2; n--) {
    const weights = VERBS.get(stems.slice(i, i + n).join(' '));
    if (weights) return { start: i, end: i + n, weights };
  }
  // "bring the database back": the particle after the object decides the verb
  const split = phrasalVerbAt(ws, i);
  if (split) return split;
  // "broker connection string", "service deployment state": after another noun, a noun made
  // from a verb shares its stem, not its task
  // "transitions of execution arn:...": after a tie too (data/relative-participle-r18-siblings.ts)
  const afterNoun = i > 0 && (!STOP_WORDS.has(ws[i - 1]!) || nounTie(ws[i - 1]!));
  const weights = afterNoun && derivedNoun(ws[i]!) ? undefined : VERBS.get(stems[i]!);
  if (weights) return { start: i, end: i + 1, weights };
  const w = ws[i]!;
  // "bulk loader status": a verb prefix only qualifies the verb after it (BulkPublish), alone it is an adjective
  // "delivery stream status": an operation's verb word before a state asked about is a noun
  if (!STOP_WORDS.has(w) && !VERB_PREFIXES.has(w) && ix.verbIds.has(w) && !asksState(ws[i + 1]))
    return { start: i, end: i + 1, weights: { [w]: 1 } };
  return undefined;
}

/**
 * "execution history", "build logs": a verb word (or a noun made from one) that a record noun
 * follows names the thing whose record it is (data/noun-reading-r12.ts); "get logs" still reads.
 */
function nounOfVerb(ws: readonly string[], stems: readonly string[], i: number): boolean {
  // the same word again names the same thing ("deployment status of deployment d-123")
  const at = stems.indexOf(stems[i]!);
  if (!Object.hasOwn(RECORD_NOUNS, ws[at + 1] ?? '')) return false;
  const weights = VERBS.get(stems[i]!);
  return weights !== undefined && !onlyReads(weights);
}

/** Whether the query names the record of a verb's run ("restore status of ..."): with no verb, it reads. */
export function namesRunRecord(ws: readonly string[], stems: readonly string[]): boolean {
  return ws.some((_, i) => nounOfVerb(ws, stems, i));
}

/** A noun made from a verb (connection, deployments): stemmed, it looks like the verb. */
function derivedNoun(w: string): boolean {
  return /(tion|sion|ment)s?$/.test(w) && !VERBS_ENDING_AS_NOUNS.has(w);
}

const SPLIT_VERBS = Object.entries(PHRASAL_VERBS).map(([key, v]) => {
  const [head, ...particle] = key.split(' ');
  return { head: head!, particle, weights: v.weights, unless: new Set(v.unlessBetween ?? []) };
});
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['and', 'then']);

/** A phrasal verb whose head is at i and whose particle follows its object (a gap of 1+ words). */
function phrasalVerbAt(ws: readonly string[], i: number): VerbSpan | undefined {
  for (const v of SPLIT_VERBS) {
    if (v.head !== ws[i]) continue;
    for (let p = i + 2; p <= i + 1 + MAX_GAP && p + v.particle.length <= ws.length; p++) {
      if (CLAUSE_BREAKS.has(ws[p - 1]!) || undoes(v.unless, ws[p - 1]!)) break;
      if (v.particle.every((w, k) => ws[p + k] === w))
        return {
          start: i,
          end: i + 1,
          weights: v.weights,
          particle: { start: p, end: p + v.particle.length },
        };
    }
  }
  return undefined;
}

/** Whether a word between a phrasal verb's head and particle undoes that reading. */
function undoes(unless: ReadonlySet<string>, w: string): boolean {
  return unless.has(w) || (unless.has(NUMBER_WORD) && /^[0-9]+$/.test(w));
}

/**
 * A verb read by the noun it takes (data/noun-verbs.ts): "start a meeting" creates it, "get an
 * elastic ip" allocates one. The noun is looked for in the few words after the verb, up to the
 * first common word that is not a determiner; "a number of" is a quantity, not a phone number.
 */
function nounVerbAt(ws: readonly string[], i: number): VerbSpan | undefined {
  // "make me a cert": the thing's phrase opens after whom it is for
  const from = RECIPIENTS.has(ws[i + 1] ?? '') ? i + 2 : i + 1;
  const next = ws[from] ?? '';
  for (const e of NOUN_VERBS) {
    if (!e.verbs.includes(ws[i]!)) continue;
    if (e.indefinite && !INDEFINITE.has(next) && !/^[0-9]+$/.test(next)) continue;
    for (let k = from; k <= from + NOUN_PHRASE_WORDS - 1 && k < ws.length; k++) {
      const w = ws[k]!;
      if (e.nouns.includes(w)) {
        if (ws[k + 1] === 'of' || e.notBefore?.includes(ws[k + 1] ?? '')) break;
        return { start: i, end: i + 1, weights: e.weights, byNoun: true, noun: k };
      }
      if (STOP_WORDS.has(w) && !INDEFINITE.has(w) && !NOUN_MARKERS.has(w)) break;
    }
  }
  return undefined;
}
