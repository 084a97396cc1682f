// Reads a query into a plan the ranking can score: weighted index terms, the verb the user
// wants, services named or implied, exact operation names (`s3:ListBuckets`, `list-objects-v2`,
// `aws ec2 describe-instances`) and name phrases. Typos are corrected here, before anything else
// looks at the words, so a misspelt service name still counts as naming the service.

import { STOP_WORDS } from './data/stop-words.js';
import type { SearchIndexData } from './index-build.js';
import { SEQUENCE, TERM_WEIGHT } from './ranking-params.js';
import { stem, words } from './text.js';
import { madeInPlace } from './again.js';
import { findExact } from './exact.js';
import { isNegatedHalf, withoutClitics } from './contractions.js';
import { readSql } from './sql-text.js';
import { withoutStepLabel } from './step-label.js';
import { withoutReportBack } from './report-back.js';
import { asProgressQuestion } from './progress-check.js';
import { addStateTerms, setAsideStateOfThing } from './state-of-thing.js';
import { payloadOperations } from './payload.js';
import { OP_REF } from './op-ref.js';
import { addActionMention } from './action-mentions.js';
import { addVerbWordTerms } from './verb-terms.js';
import { correct } from './correct.js';
import { identifierHints } from './identifiers.js';
import { keptTokens } from './kept-tokens.js';
import { addIdentifierHints, yieldIdServicesToNamed } from './id-plan.js';
import { readManager } from './manager.js';
import { existingKinds } from './existing.js';
import { addActedOn } from './acted-on.js';
import { applyGetNew } from './get-new.js';
import { asksMany } from './many.js';
import { pointsAtContent } from './content-question.js';
import { emptyPlan, markEmpty } from './empty-plan.js';
import { readAskedElsewhere, readRunAndNumber, readWhenAndHow } from './reading-groups.js';
import { listingNoVerb, namedContainers, addNamedContainer, opensNamedContainer } from './named-container.js';
import { containerTerms, headNumber, membershipSpan, startsContainer } from './siblings.js';
import { settleIdHead } from './id-object.js';
import { readStatus } from './status.js';
import { readWhichState } from './which-state.js';
import { readWhereSetting } from './where-setting.js';
import { typedTokens } from './member-name.js';
import { filtersByTime, framesHead, numberAsked } from './head-frames.js';
import { TIME_FILTER } from './data/head-frames-r12.js';
import { PURPOSE_VERB_SHARE, PURPOSE_WORD_SHARE } from './data/purpose-clause-r16-requests.js';
import { addServiceSwitch } from './service-switch.js';
import { readNamedOne } from './named-one.js';
import { addValueChange } from './value-change.js';
import { addSwitchedVerb } from './switched-verbs.js';
import { addFileReadingVerbs, addSnippetRunVerbs } from './file-reading.js';
import { readHistory } from './history.js';
import { addMax, addTerm, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { asksAfterContext } from './intent.js';
import { asksAfterError, questionAfterError } from './error-question.js';
import { addRuntimeServices } from './runtime-services.js';
import { lendContext, requestFocus } from './request-sentence.js';
import {
  inSpan,
  laterAt,
  namesWhich,
  planVerbs,
  scanWordRuns,
  type VerbSpan,
  type WordRuns,
} from './query-words.js';

/** A long query of several sentences is read by its request sentence (request-sentence.ts). */
export function planQuery(ix: SearchIndexData, typed: string): QueryPlan {
  const query = readSql(asProgressQuestion(withoutReportBack(withoutStepLabel(typed))));
  const focus = requestFocus(query);
  if (!focus) return planText(ix, query);
  return lendContext(planText(ix, focus.request), planText(ix, focus.context), focus.joined);
}

function planText(ix: SearchIndexData, query: string): QueryPlan {
  const plan = emptyPlan();
  const raw = questionAfterError(ix, typedTokens(ix, query));
  const ids = identifierHints(ix, raw);
  const tokens = keptTokens(ix, raw, new Map(ids.map((h) => [h.token, h.keptWords ?? ''])));
  plan.exact = findExact(ix, tokens, raw);
  for (const [op, w] of payloadOperations(ix, query)) addMax(plan.exact, op, w);
  addActionMention(ix, plan, tokens);
  const { idHeads, idWords } = addIdentifierHints(ix, plan, ids, raw);
  // a file name, a record literal or an instance type is a kind of thing, not a service named
  plan.namedService = ids.some((h) => h.services.length > 0) || plan.exact.size > 0;

  // Words, with typos corrected.
  const typed = words(withoutClitics(tokens.filter((t) => !OP_REF.test(t)).join(' ')));
  const state = setAsideStateOfThing(typed.map((w) => correct(ix, w, plan)));
  const ws = state.ws;
  const stems = ws.map(stem);
  plan.existing = existingKinds(ix, ids, ws, raw);
  plan.many = asksMany(ws);

  // a snippet names the API that runs it, not a thing a named product acts on
  const firm = new Set(ids.filter((h) => h.firm).flatMap((h) => h.services));
  const fromIds = new Map([...plan.services].filter(([s]) => !firm.has(s)));
  const runs = scanWordRuns(ix, plan, ws, stems);
  // the words spelt as a name spells them: the task's, not a later step's
  for (let i = 0; i < ws.length; i++) {
    const id = ix.rawWordIds.get(ws[i]!);
    if (id !== undefined && !laterAt(runs, i)) plan.surface.add(id);
  }
  yieldIdServicesToNamed(plan, fromIds);
  const named = namedContainers(ix, raw, ids);
  const ending = endingOf(query);
  const verbAt = listingNoVerb(plan, ws, named, planVerbs(ix, plan, { ws, stems, fromIds }, runs, ending));
  addActedOn(ix, plan, state.typed, verbAt);
  applyGetNew(ix, plan, ws, verbAt);
  plan.aboutContent = plan.readOnly && pointsAtContent(query, ws);
  addValueChange(ix, plan, raw, ws, verbAt);
  addSwitchedVerb(ix, plan, ws, verbAt);
  addFileReadingVerbs(ix, plan, ids);
  addSnippetRunVerbs(ix, plan, ids, verbAt !== undefined);
  addRuntimeServices(ix, plan);
  // a pasted value or identifier is a thing acted on: a container word may follow it
  const pasted = tokens.length < raw.length;
  const { content, verbNouns } = addContentTerms(ix, plan, { typed, ws, stems, pasted, named }, verbAt, runs);
  addStateTerms(ix, plan, state);
  // no typed head noun: a verb that is also a noun (`snapshot vol-...`) names it, else the id
  // done again, or typed a place of the result: what the verb makes (`redeploy` -> a deployment)
  // is the head, and the typed things are where it is made ("redeploy the prod stage" is not CreateStage)
  if ((plan.again || madeInPlace(ws, verbAt, content)) && verbNouns.length > 0) {
    plan.head.clear();
    plan.container = new Set(
      content.flatMap((t) => ix.termIds.get(t) ?? []).filter((id) => !verbNouns.includes(id)),
    );
  }
  settleIdHead(plan, { raw, ids, ws, verbNouns }, verbAt, idHeads);
  readStatus(ix, plan, ws, stems, idHeads, runs);
  readWhichState(ix, plan, ws, stems, runs);
  readWhereSetting(ix, plan, ws, stems);
  addServiceSwitch(ix, plan, ws, runs.serviceWord);
  readHistory(ix, plan, ws);
  readWhenAndHow(ix, plan, { ws, raw }, verbAt !== undefined);
  // a pasted identifier is one thing: its type named in the plural is another task (unless the
  // words typed a number of their own: "the roles of arn:...:instance-profile/x")
  if (plan.numberHead.size === 0) for (const w of idWords) headNumber(ix, plan, w, stem(w));
  readNamedOne(ix, plan, raw, ids);
  readRunAndNumber(ix, plan, { ws, stems, raw });
  addNamePhrases(ix, plan, content, verbAt !== undefined);
  readAskedElsewhere(ix, plan, { typed, ws, raw });
  readManager(ix, plan, { ws, stems, raw, pasted }, runs);
  markEmpty(plan, ws);
  return plan;
}

/** How the query ends: with a question mark, or with a question after context or an error. */
function endingOf(query: string): { questionMark: boolean; asksLast: boolean } {
  return {
    questionMark: query.trimEnd().endsWith('?'),
    asksLast: asksAfterContext(query) || asksAfterError(query),
  };
}

interface QueryWords {
  /** The words as typed, and after typo correction (same positions), and their stems. */
  readonly typed: readonly string[];
  readonly ws: readonly string[];
  readonly stems: readonly string[];
  /** Values or identifiers were dropped from the words: something acted on was named. */
  readonly pasted: boolean;
  /** Kinds named as containers after of/for/in/by (named-container.ts). */
  readonly named: readonly string[][];
}

/**
 * Index terms: every content word except the verb phrase the plan already holds. Returns the
 * content words' stems (for name phrases) and the verb words that are also nouns.
 */
function addContentTerms(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  { typed, ws, stems, pasted, named }: QueryWords,
  verbAt: VerbSpan | undefined,
  runs: WordRuns,
): { content: string[]; verbNouns: number[] } {
  const content: string[] = [];
  const verbNouns: number[] = [];
  const before = new Set<number>();
  let after: Set<number> | undefined;
  const member = membershipSpan(ws);
  // a change acts on one thing of the container ("reboot node 0001 of cache cluster X"): not read
  const inNamed = plan.changes ? [] : named;
  let frames = 0; // words before the head that only frame it (head-frames.ts)
  for (let i = 0; i < ws.length; i++) {
    const opens = startsContainer(ws, i) || (content.length > 0 && opensNamedContainer(ws, i, inNamed));
    if ((content.length > 0 || pasted) && i < runs.later && opens) after ??= new Set();
    if (content.length > 0 && i === member?.start) after ??= new Set();
    if (STOP_WORDS.has(ws[i]!) || isNegatedHalf(ws[i]!) || namesWhich(ws, i)) continue;
    if (inSpan(verbAt?.particle, i)) continue;
    if (inSpan(runs.stepMarker, i)) continue;
    if (verbAt && inSpan(verbAt, i)) {
      addVerbWordTerms(ix, plan, { ws, stems, i, verbAt }, verbNouns);
      continue;
    }
    const weight = wordWeight(plan, { typed, ws }, i, runs);
    // a later step's words ("..., then resume it") say what comes next, not what the task acts on
    if (laterAt(runs, i)) {
      const verb = inSpan(runs.laterVerb, i);
      const share = verb ? SEQUENCE.laterVerb : SEQUENCE.laterStep;
      addTerm(ix, plan, stems[i]!, weight * share);
      continue;
    }
    addTerm(ix, plan, stems[i]!, weight);
    // which side of a container word a word is on, with what the one word means ("the OU": a
    // unit); a phrase's translation rewords an idea ("ip range": an IP set) and stays out
    for (const t of [stems[i]!, ...(runs.synonyms.get(i) ?? [])]) {
      const id = ix.termIds.get(t);
      if (id !== undefined && !(member && i >= member.end)) (after ?? before).add(id);
    }
    if (runs.serviceWord[i]) continue;
    // a word after a container word is where the thing is, never the thing (`on distribution X`)
    const first = content.length === frames && !after && (!verbAt || i >= verbAt.end);
    if (first && framesHead(ws, i)) frames++;
    else if (first || i === verbAt?.noun) {
      for (const t of [stems[i]!, ...(runs.translations.get(i) ?? [])]) {
        const id = ix.termIds.get(t);
        if (id !== undefined) plan.head.add(id);
      }
      headNumber(ix, plan, numberAsked(ix, ws, i), stems[i]!);
    }
    content.push(stems[i]!);
  }
  if (!after) return { content, verbNouns };
  plan.container = containerTerms(ws, before, after);
  addNamedContainer(ix, plan, inNamed);
  if (plan.container.size > 0) plan.inside = before;
  // only containers typed: no name phrase of them, the thing acted on was pasted
  return { content: before.size === 0 ? [] : content, verbNouns };
}

/** A content word's weight: as typed, corrected or translated; less as a time filter or a purpose's. */
function wordWeight(
  plan: QueryPlan,
  { typed, ws }: { typed: readonly string[]; ws: readonly string[] },
  i: number,
  runs: WordRuns,
): number {
  const base = runs.translated[i]
    ? TERM_WEIGHT.translated
    : // a misspelt service name, once corrected, names the service as surely as typed
      plan.corrections[typed[i]!] !== undefined && !runs.serviceWord[i]
      ? TERM_WEIGHT.corrected
      : TERM_WEIGHT.typed;
  const time = plan.readOnly && filtersByTime(ws, i) ? TIME_FILTER.weight : 1;
  // a purpose clause's words say what the task is for ("so we can send email"; purpose-clause.ts)
  // and its verb is not the task's ("so we can SEND email")
  const purpose =
    !runs.purpose || i < runs.purpose.from
      ? 1
      : inSpan(runs.purpose.verb, i)
        ? PURPOSE_VERB_SHARE
        : PURPOSE_WORD_SHARE;
  return base * time * purpose;
}

/** Operations whose whole name is the query's content words, with the verb in any of its forms. */
function addNamePhrases(
  ix: SearchIndexData,
  plan: QueryPlan,
  content: readonly string[],
  hasVerb: boolean,
): void {
  if (content.length === 0) return;
  const tail = content.join(' ');
  if (hasVerb) {
    for (const [verbId, w] of plan.verbs) {
      const verb = ix.verbNames[verbId]!;
      for (const op of ix.nameKeys.get(`${stem(verb)} ${tail}`) ?? []) addMax(plan.phrases, op, w);
    }
  }
  for (const op of ix.nameKeys.get(tail) ?? []) addMax(plan.phrases, op, 1);
}
