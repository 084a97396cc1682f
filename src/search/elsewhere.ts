// A question whose answer lives in another service than the thing it names: what the thing costs
// (Cost Explorer), what uses it (the reverse-lookup read of its kind), whether someone may act on
// it (IAM's policy simulator). Read once per query from its words (data/asked-elsewhere.ts,
// data/permission-checks.ts): the answer's read becomes what is wanted and the thing named is
// only what the question is about, as a who-did question reads the event history (history.ts).

import { namesOtherState } from './aux-question.js';
import { deniesUse } from './data/negated-waste-r22-qs.js';
import { BUDGET_QUESTION, NAMED_THING, SPEND, type ElsewhereAnswer } from './data/asked-elsewhere.js';
import { DEPENDENT_KINDS, USES, type DependentKind } from './data/dependents.js';
import { PERMISSION_CHECK as P } from './data/permission-checks.js';
import { analyze } from './analyzer.js';
import type { SearchIndexData } from './index-build.js';
import { servicesWithId } from './identifiers.js';
import {
  addMeaningServices,
  addMeaningTerms,
  leadingVerb,
  replaceVerbs,
  type Mutable,
} from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { words } from './text.js';
import { overrules, type WhichSubject } from './which-subject.js';

export type ElsewhereKind = 'permission' | 'dependents' | 'spend';

export interface Elsewhere {
  readonly kind: ElsewhereKind;
  readonly answer: ElsewhereAnswer;
}

/** Which of the three questions the words ask, if any, and the read that answers it. */
export function askedElsewhere(
  ws: readonly string[],
  raw: readonly string[],
  changes: boolean,
  subject?: WhichSubject,
  ix?: SearchIndexData,
): Elsewhere | undefined {
  // a command ("keep a list of users allowed in") is a change; "can X do ..." opens a check
  if (changes && !P.checkOpeners.has(ws[0] ?? '')) return undefined;
  const permission = permissionCheck(ws);
  if (permission) return { kind: 'permission', answer: permission };
  const dependents = dependentsOf(
    ws,
    raw.map((t) => t.toLowerCase()),
  );
  // "which lambdas are attached to the subnets" asks for the functions, not what uses the subnet
  if (dependents && !(ix && overrules(ix, subject, dependents)))
    return { kind: 'dependents', answer: dependents };
  const spend = changes ? undefined : spendAsked(ws);
  return spend && { kind: 'spend', answer: spend };
}

/** "can the ci role push to ecr", "is bob allowed to ...", "why access denied", "would this policy let ...". */
export function permissionCheck(ws: readonly string[]): ElsewhereAnswer | undefined {
  const store = ws.some((w, i) => P.storeWords.has(w) && (w !== 'store' || ws[i - 1] === 'policy'));
  if (policyDoes(ws)) return store ? P.store : P.custom;
  if (!store && policiesDo(ws)) return P.principal;
  const refused = ws.some(
    (w, i) => P.refusals.has(w) && (w !== 'denied' || P.refusedOf.has(ws[i - 1] ?? '')),
  );
  if (refused && ws.some((w) => P.messageWords.has(w))) return P.decode;
  // in a policy store the principal is an entity (`User::"alice"`), not an IAM identity word
  const modal = (w: string, i: number): boolean => P.modals.has(w) && !P.speakers.has(ws[i + 1] ?? '');
  if (store && ws.some(modal)) return P.store;
  if (ws.some((w) => P.signIn.has(w))) return undefined;
  if (whatCanDo(ws)) return P.principal;
  const asks = refused || ws.some((w, i) => mayAsk(ws, i) || haveAsk(ws, i) || modalAsk(ws, i));
  if (!asks) return undefined;
  return store ? P.store : P.principal;
}

/** "this policy (document) allows / would let": a policy document is what is checked. */
function policyDoes(ws: readonly string[]): boolean {
  for (let i = 1; i < ws.length - 1; i++) {
    if (ws[i] !== 'policy' || !P.pointers.has(ws[i - 1]!)) continue;
    const next = ws[i + 1] === 'document' ? i + 2 : i + 1;
    const verb = ws[next] === 'would' || ws[next] === 'will' ? next + 1 : next;
    if (P.policyVerbs.has(ws[verb] ?? '')) return true;
  }
  return false;
}

/** "would alice's policies allow her to", "do my policies let me": someone's policies, all of them. */
function policiesDo(ws: readonly string[]): boolean {
  for (let i = 1; i < ws.length - 1; i++) {
    if (ws[i] !== 'policies' || P.documentPointers.has(ws[i - 1]!)) continue;
    const verb = ws[i + 1] === 'would' || ws[i + 1] === 'will' ? i + 2 : i + 1;
    if (P.policyVerbs.has(ws[verb] ?? '')) return true;
  }
  return false;
}

/** "what can bob do", "what could the etl role do here": what someone's policies allow. */
function whatCanDo(ws: readonly string[]): boolean {
  if (ws[0] !== P.whatCanDo.opener || !P.modals.has(ws[1] ?? '') || P.speakers.has(ws[2] ?? '')) return false;
  return ws.slice(3, 3 + P.reach).includes(P.whatCanDo.verb);
}

/** "is bob allowed": a may-word said of someone (not "are we allowed": a quota, "are ports allowed"). */
function mayAsk(ws: readonly string[], i: number): boolean {
  // "allowed to <act>": a may-word said of where a setting applies ("permitted in this account") is no check
  if (!P.mayWords.has(ws[i]!) || i === 0 || P.notSubjects.has(ws[i - 1]!) || ws[i + 1] !== 'to') return false;
  return !ws.some((w) => P.limits.has(w));
}

/** "does the ci user have permission to". */
function haveAsk(ws: readonly string[], i: number): boolean {
  if ((ws[i] !== 'have' && ws[i] !== 'has') || P.accountSpeakers.has(ws[i - 1] ?? '')) return false;
  if (!P.haveWords.has(ws[i + 1] ?? '') && !P.haveWords.has(ws[i + 2] ?? '')) return false;
  return ws.slice(0, i).some((w) => P.checkOpeners.has(w));
}

/** "can the deploy role read", "whether the analytics group can query": a modal said of an identity. */
function modalAsk(ws: readonly string[], i: number): boolean {
  if (!P.modals.has(ws[i]!) || P.speakers.has(ws[i + 1] ?? '') || ws.some((w) => P.limits.has(w)))
    return false;
  // "can the role be assumed from ci as well": another state asked for, a change (aux-question.ts)
  if (namesOtherState(ws)) return false;
  const after = ws.slice(i + 1, i + 1 + P.reach);
  const subject = after.findIndex((w) => P.identities.has(w));
  if (subject >= 0 && !after.slice(0, subject).some((w) => P.speakers.has(w))) return true;
  const before = ws.slice(Math.max(0, i - P.reach), i);
  return before.some((w) => P.identities.has(w)) && ws.slice(0, i).some((w) => P.checkOpeners.has(w));
}

/** Where a kind's phrase starts in ws[from, to), or -1. */
function phraseAt(ws: readonly string[], phrase: string, from: number, to: number): number {
  const parts = phrase.split(' ');
  for (let i = Math.max(0, from); i + parts.length <= Math.min(to, ws.length); i++) {
    if (parts.every((p, k) => ws[i + k] === p)) return i;
  }
  return -1;
}

/** "what is still using sg-...", "where is this certificate used": the reverse lookup of the kind. */
export function dependentsOf(ws: readonly string[], raw: readonly string[]): DependentKind | undefined {
  const asker = ws.findIndex((w) => USES.askers.has(w));
  if (asker < 0) return undefined;
  const asked = subjectKind(ws, asker);
  if (asked) return asked;
  for (let c = asker + 1; c < ws.length; c++) {
    let best: { at: number; kind: DependentKind } | undefined;
    for (const kind of DEPENDENT_KINDS) {
      const span = cueSpan(ws, c, asker, kind);
      const at = span ? kindAt(ws, raw, kind, span) : -1;
      // the noun phrase's last kind is the thing ("the vpc id output")
      if (at >= 0 && (!best || at > best.at)) best = { at, kind };
    }
    if (best) return best.kind;
  }
  return undefined;
}

/** "which STACKS rely on ... exports": the thing asked for picks the kind when the rest names it too. */
function subjectKind(ws: readonly string[], asker: number): DependentKind | undefined {
  let at = asker + 1;
  while (USES.subjectSkips.has(ws[at] ?? '')) at++;
  const subject = ws[at] ?? '';
  return DEPENDENT_KINDS.find((kind) => {
    if (!kind.subjects?.includes(subject)) return false;
    const cue = (w: string): boolean =>
      USES.subjectCues.has(w) ||
      (kind.cues ? kind.cues.includes(w) : USES.active.has(w)) ||
      (kind.passive ? kind.passive.includes(w) : USES.passive.has(w));
    const cued = ws.some((w, c) => c > at && cue(w));
    return cued && kind.phrases.some((p) => phraseAt(ws, p, at + 1, ws.length) >= 0);
  });
}

/** Where the kind must be named for the word at c to cue it: after an active cue, before a passive one. */
function cueSpan(ws: readonly string[], c: number, asker: number, kind: DependentKind): number[] | undefined {
  const w = ws[c]!;
  if (kind.cues ? kind.cues.includes(w) : USES.active.has(w)) {
    const from = USES.toward.has(ws[c + 1] ?? '') || ws[c + 1] === 'by' ? c + 2 : c + 1;
    const end = ws.findIndex((x, k) => k > from && USES.phraseEnds.has(x));
    return [from, end < 0 ? ws.length : end, c];
  }
  const passive = kind.passive ? kind.passive.includes(w) : USES.passive.has(w);
  return passive && !USES.toward.has(ws[c + 1] ?? '') ? [asker + 1, c, -1] : undefined;
}

/** Where a kind's phrase stands in ws[from, to), or a pasted id of it after the cue; -1 if neither. */
function kindAt(ws: readonly string[], raw: readonly string[], kind: DependentKind, span: number[]): number {
  const [from, to, cue] = span as [number, number, number];
  let at = -1;
  for (const p of kind.phrases) {
    const i = phraseAt(ws, p, from, to);
    const next = ws[i + p.split(' ').length] ?? '';
    const before = ws[i - 1] ?? '';
    if (i >= 0 && !kind.compounds?.includes(next) && !kind.owners?.includes(before) && i > at) at = i;
  }
  if (at >= 0 || cue < 0 || !kind.ids) return at;
  // a pasted id of the kind after the cue: its words are gone from ws, it ends the phrase
  const cueRaw = raw.findIndex((t) => words(t).includes(ws[cue]!));
  const id = raw.findIndex((t, k) => k > cueRaw && kind.ids!.some((pre) => t.startsWith(pre)));
  return cueRaw >= 0 && id >= 0 ? to - 0.5 : -1;
}

/** "how much are nat gateways costing us", "what did we spend on s3", "projected bill next month". */
export function spendAsked(ws: readonly string[]): ElsewhereAnswer | undefined {
  if (ws.some((w) => SPEND.notices.has(w) || SPEND.hypothetical.has(w) || SPEND.commitments.has(w)))
    return undefined;
  if (BUDGET_QUESTION.pairs.some(([a, b]) => ws.some((w, i) => w === a && ws[i + 1] === b)))
    return BUDGET_QUESTION.answer;
  const money = ws.some((w, i) => SPEND.words.has(w) && !SPEND.notBefore.has(ws[i + 1] ?? ''));
  // waste said as a state denied ("volumes that aren't attached") is a saving word too (round 22)
  if (!money || !ws.some((w) => SPEND.ours.has(w)) || ws.some((w) => SPEND.saving.has(w)) || deniesUse(ws))
    return undefined;
  const than = ws.indexOf('than');
  if (than >= 0 && ws.slice(than + 1, than + 3).some((w) => SPEND.overBought.has(w))) return undefined;
  if (ws.some((w) => SPEND.budgetWords.has(w))) return BUDGET_QUESTION.answer;
  return ws.some((w) => SPEND.future.has(w)) ? SPEND.forecast : SPEND.past;
}

/**
 * The plan asks another service (the answer's): the services the query named are only what it is
 * about and count for less, the answer's words and services are added as meanings. Shared by
 * the questions answered elsewhere, grants (grants.ts) and quota raises (quota-raise.ts).
 */
export function answerFrom(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  answer: { readonly services: readonly string[]; readonly terms: string },
): void {
  const own = new Set(answer.services.flatMap((id) => servicesWithId(ix, id)));
  for (const [s, w] of plan.services) if (!own.has(s)) plan.services.set(s, w * NAMED_THING.share);
  addMeaningTerms(ix, plan, answer.terms);
  addMeaningServices(ix, plan, answer.services);
}

/**
 * Marks the question on the plan: the answer's read is wanted (its terms, services and verb) and
 * is the head noun; the things named are what it is about, their services count for less.
 */
export function readElsewhere(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  raw: readonly string[],
  subject?: WhichSubject,
): ElsewhereKind | undefined {
  const found = askedElsewhere(ws, raw, plan.changes, subject, ix);
  if (!found) return undefined;
  const { answer, kind } = found;
  answerFrom(ix, plan, answer);
  const lead = leadingVerb(ix, answer.terms);
  if (lead !== undefined) replaceVerbs(ix, plan, { [lead]: 1 });
  const record = new Set(analyze(answer.terms).flatMap((t) => ix.termIds.get(t) ?? []));
  plan.container = new Set([...plan.terms.keys()].filter((id) => !record.has(id) && ix.nameLike[id] === 1));
  plan.inside = new Set();
  const head =
    answer.head === undefined
      ? record
      : new Set(analyze(answer.head).flatMap((t) => ix.termIds.get(t) ?? []));
  plan.head = new Set([...head].filter((id) => ix.nameLike[id] === 1));
  plan.phrases.clear();
  // the action a permission check is about is not the call wanted (as in action-mentions.ts)
  if (kind === 'permission') plan.exact.clear();
  plan.readOnly = true;
  plan.changes = false;
  return kind;
}
