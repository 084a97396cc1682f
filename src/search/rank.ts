// Scores operations for a query plan: BM25F over the index postings, plus the plan's features
// (service named, verb, name coverage, name phrase, exact name) and each operation's prior.
// Works on dense typed arrays reused across queries: no allocation proportional to the catalog.

import type { SearchIndexData } from './index-build.js';
import type { QueryPlan } from './query-plan.js';
import { BOOST, CONTAINER_SCOPE, K1, SIBLINGS, TERM_WEIGHT } from './ranking-params.js';
import { outsideContainer, thingBeforeTie, tiedToContainer, tiedToThing } from './container-scope.js';
import { namesContainer } from './container-scope.js';
import { computingVerbIds } from './content-question.js';
import { MUTATING_RISK } from './lookups.js';
import { numberTwins, relationTerms, twinShape } from './siblings.js';
import { ownRead, stateInName, stateTail } from './status.js';
import { makesExisting } from './existing.js';
import { manyFit } from './many.js';
import { wrongTimeInName } from './tense.js';
import { outcomeFit } from './outcome.js';
import { askedPostings } from './asked-postings.js';
import { hasHead, nameHolds, surfaceShare } from './name-words.js';
import { plannedFit } from './planned-fit.js';

/** Candidates of one query: ops[0..count) with their scores (views reused by the next query). */
export interface Ranked {
  readonly count: number;
  readonly ops: Uint32Array;
  readonly scores: Float32Array;
}

export class Ranker {
  private readonly score: Float32Array;
  private readonly ptf: Float32Array;
  private readonly touched: Uint32Array;
  private readonly stamp: Uint32Array;
  private readonly termMark: Uint32Array;
  private readonly termWeight: Float32Array;
  private readonly outOps: Uint32Array;
  private readonly outScores: Float32Array;
  private readonly local: Uint32Array;
  private readonly nameMark: Uint32Array;
  /** Operations whose asked words hold a content word / a verb word of this round's query. */
  private readonly askedMark: Uint32Array;
  private readonly askedVerbMark: Uint32Array;
  /** Operations the plan itself names (exact, phrase, switch, run read): the only ones with a fit. */
  private readonly plannedMark: Uint32Array;
  /** This round's plan.verbs and plan.services as tables (read per candidate; cleared after). */
  private readonly verbW = new Float64Array(0x10000);
  private readonly serviceW: Float64Array;
  /** Sum over the query's terms of idf x how surely it was meant: what asked coverage divides. */
  private queryMass = 0;
  /** Name shapes spelt in the number the query asked for (siblings.ts), this round's. */
  private twins: ReadonlySet<number> = new Set();
  /** The thing's operations named without the container a sibling is tied to (container-scope.ts). */
  private outside: ReadonlySet<number> = new Set();
  private round = 0;
  /** Name words that tie a thing to its container (data/relation-words.ts). */
  private relation: ReturnType<typeof relationTerms> | undefined;
  /** How many candidates this round has touched: touched[0..count). */
  private count = 0;
  /** Verbs of the calls that analyse content (content-question.ts): a question about it reads them. */
  private readonly computing: ReadonlySet<number>;

  constructor(private readonly ix: SearchIndexData) {
    const n = ix.opCount;
    this.score = new Float32Array(n);
    this.ptf = new Float32Array(n);
    this.touched = new Uint32Array(n);
    this.stamp = new Uint32Array(n);
    this.termMark = new Uint32Array(ix.idf.length);
    this.termWeight = new Float32Array(ix.idf.length);
    this.computing = computingVerbIds(ix);
    this.outOps = new Uint32Array(n);
    this.outScores = new Float32Array(n);
    this.local = new Uint32Array(n);
    this.nameMark = new Uint32Array(n);
    this.askedMark = new Uint32Array(n);
    this.askedVerbMark = new Uint32Array(n);
    this.plannedMark = new Uint32Array(n);
    this.serviceW = new Float64Array(ix.services.length);
  }

  /** Candidates with their final scores, unsorted; `allowed` narrows to some services. */
  rank(plan: QueryPlan, allowed?: ReadonlySet<number>): Ranked {
    const ix = this.ix;
    const round = ++this.round;
    // read on first use, inside the search: a cached index reads its words when first asked
    this.relation ??= relationTerms(ix);
    this.count = 0;
    this.queryMass = 0;
    for (const [t, w] of plan.terms) this.scoreTerm(t, w, round);
    // operations whose name shares a word with the query: only they can score name features
    for (const t of plan.terms.keys()) {
      for (let p = ix.namePostStart[t]!; p < ix.namePostStart[t + 1]!; p++)
        this.nameMark[ix.namePostOp[p]!] = round;
    }
    // apart: the coverage loop over an operation's asked words is wasted on one only a verb met
    const asked = askedPostings(ix);
    for (const t of plan.terms.keys())
      for (let p = asked.start[t]!; p < asked.start[t + 1]!; p++) this.askedMark[asked.ops[p]!] = round;
    for (const t of plan.verbTerms)
      for (let p = asked.start[t]!; p < asked.start[t + 1]!; p++) this.askedVerbMark[asked.ops[p]!] = round;
    for (const ops of [plan.exact.keys(), plan.phrases.keys(), plan.switched, plan.runReads.keys()])
      for (const op of ops) {
        this.touch(op, round);
        this.plannedMark[op] = round;
      }
    this.twins = numberTwins(ix, plan);
    this.outside = outsideContainer(ix, plan, this.relation);

    for (const [v, w] of plan.verbs) this.verbW[v] = w;
    for (const [sv, w] of plan.services) this.serviceW[sv] = w;
    let n = 0;
    for (let k = 0; k < this.count; k++) {
      const op = this.touched[k]!;
      if (allowed && !allowed.has(ix.opService[op]!)) continue;
      this.outOps[n] = op;
      this.outScores[n++] = this.finalScore(plan, op, round);
    }
    for (const v of plan.verbs.keys()) this.verbW[v] = 0;
    for (const sv of plan.services.keys()) this.serviceW[sv] = 0;
    return { count: n, ops: this.outOps, scores: this.outScores };
  }

  /** Makes op a candidate of this round (score from 0) the first time it is met. */
  private touch(op: number, round: number): void {
    if (this.stamp[op] !== round) {
      this.stamp[op] = round;
      this.score[op] = 0;
      this.touched[this.count++] = op;
    }
  }

  /** BM25F of one query term over its operation and service postings, added to the scores. */
  private scoreTerm(t: number, w: number, round: number): void {
    const ix = this.ix;
    this.termMark[t] = round;
    // vocabulary translations count as meant; only uncertain typo alternatives count less
    this.termWeight[t] = Math.min(1, w / TERM_WEIGHT.expansion);
    this.queryMass += ix.idf[t]! * this.termWeight[t]!;
    const local = this.local;
    let nLocal = 0;
    for (let p = ix.opPostStart[t]!; p < ix.opPostStart[t + 1]!; p++) {
      const op = ix.opPostOp[p]!;
      if (this.ptf[op] === 0) local[nLocal++] = op;
      this.ptf[op] = this.ptf[op]! + ix.opPostTf[p]!;
    }
    for (let p = ix.svcPostStart[t]!; p < ix.svcPostStart[t + 1]!; p++) {
      const s = ix.svcPostSvc[p]!;
      const tf = ix.svcPostTf[p]!;
      for (let op = ix.svcStart[s]!; op < ix.svcStart[s + 1]!; op++) {
        if (this.ptf[op] === 0) local[nLocal++] = op;
        this.ptf[op] = this.ptf[op]! + tf;
      }
    }
    const idf = ix.idf[t]! * w;
    for (let k = 0; k < nLocal; k++) {
      const op = local[k]!;
      const tf = this.ptf[op]!;
      this.ptf[op] = 0;
      this.touch(op, round);
      this.score[op] = this.score[op]! + (idf * tf) / (K1 + tf);
    }
  }

  /** BM25F plus the prior and the plan's features (added in this order: scores are floats). */
  private finalScore(plan: QueryPlan, op: number, round: number): number {
    const ix = this.ix;
    const svc = ix.opService[op]!;
    let s = this.score[op]! + ix.prior[op]!;
    s += this.serviceW[svc]!;
    // only operations whose asked words meet the query can gain from them
    const askedHit = this.askedMark[op] === round;
    const verb = Math.max(
      this.verbWeight(plan, op),
      this.askedVerbMark[op] === round ? this.askedVerb(plan, op) : 0,
    );
    // a typed reading verb the operation is named for ("receive" -> sqs:ReceiveMessage) is what
    // was asked, whatever the model's risk says; a question asks about state, never for a call
    const asked = !plan.question && verb >= BOOST.readVerbAgrees;
    // "is this review negative?": analysing the content in hand is how the question is read
    const analyses = plan.aboutContent && this.computing.has(ix.opVerb[op]!);
    if (plan.readOnly && ix.opRisk[op]! >= MUTATING_RISK && !asked && !analyses)
      s += BOOST.mutatingWhenReading;
    s += BOOST.verb * verb;
    if (plan.changes && verb === 0 && ix.opRisk[op]! < MUTATING_RISK) s += BOOST.readWhenChanging;
    if (plan.existing && makesExisting(ix, plan.existing, op)) s += BOOST.makesExisting;
    if (plan.many) s += manyFit(ix, plan, op);
    // a name that matches the objects but not the verb answers another question
    const agree = plan.verbs.size === 0 ? 1 : 0.4 + 0.6 * verb;
    if (this.nameMark[op] === round) {
      s += BOOST.nameCoverage * agree * this.coverage(plan, op, round, verb);
      s += BOOST.surface * agree * surfaceShare(this.ix, plan, op);
      if (plan.head.size > 0 && hasHead(this.ix, plan, op)) s += BOOST.head * agree;
      s += this.siblingFit(plan, op);
      if (plan.status) s += this.statusFit(plan, op);
      if (plan.wrongTime.size > 0) s += BOOST.stateInName * wrongTimeInName(ix, plan, op);
      if (plan.outcome && ix.opRisk[op]! < MUTATING_RISK) s += outcomeFit(ix, plan, op);
    } else if (ix.nameStart[op] === ix.nameStart[op + 1]) {
      s += BOOST.nameCoverage * agree * verb; // a bare verb name (`Invoke`) is fully covered by its verb
    }
    // an operation named outright (CLI command, `service:Operation`) is not a paraphrase
    if (plan.exact.size === 0 && askedHit) s += BOOST.askedCoverage * this.askedCoverage(op, round) ** 2;
    // four map lookups for each of thousands of candidates cost more than the rest of the score
    return this.plannedMark[op] === round ? plannedFit(plan, op, s) : s;
  }

  /**
   * Share of the query (by idf) that the operation's asked words say (data/asked.ts), beyond its
   * name: name words are the name features' to weigh, and an entry that repeats them (`users`
   * for cognito-idp:ListUsers) must not beat an operation of the same name without one.
   */
  private askedCoverage(op: number, round: number): number {
    const { askedStart: start, askedTerms: terms } = this.ix;
    if (start[op] === start[op + 1] || this.queryMass === 0) return 0;
    let hit = 0;
    for (let p = start[op]!; p < start[op + 1]!; p++) {
      const t = terms[p]!;
      if (this.termMark[t] === round && !nameHolds(this.ix, op, t))
        hit += this.ix.idf[t]! * this.termWeight[t]!;
    }
    return hit / this.queryMass;
  }

  /** BOOST.askedVerb when the operation's asked words use the query's verb word (data/asked.ts). */
  private askedVerb(plan: QueryPlan, op: number): number {
    const { askedStart: start, askedTerms: terms } = this.ix;
    // a read's asked words use the verb as asked about ("when was it last rotated"): it agrees
    // only with a question
    if (plan.verbTerms.size === 0 || (!plan.readOnly && this.ix.opRisk[op]! < MUTATING_RISK)) return 0;
    for (let p = start[op]!; p < start[op + 1]!; p++)
      if (plan.verbTerms.has(terms[p]!)) return BOOST.askedVerb;
    return 0;
  }

  private verbWeight(plan: QueryPlan, op: number): number {
    if (plan.verbs.size === 0) return 0;
    return Math.max(this.verbW[this.ix.opVerb[op]!]!, this.verbW[this.ix.opVerb2[op]!]!);
  }

  /** A status question (status.ts): the thing's own read gains, a name holding a state word loses. */
  private statusFit(plan: QueryPlan, op: number): number {
    const own = this.ix.opRisk[op]! < MUTATING_RISK ? ownRead(this.ix, plan, op) : 0;
    const fit = own === 0 ? 0 : BOOST.statusOwnRead + (own === 2 ? BOOST.statusNamed : 0);
    return fit + BOOST.stateInName * stateInName(this.ix, plan, op);
  }

  /** Set versus one, thing versus container (siblings.ts): which sibling the wording picks. */
  private siblingFit(plan: QueryPlan, op: number): number {
    const ix = this.ix;
    let s = 0;
    // the other number is wrong only where a twin in the asked-for number exists
    // only before a tie word: after it the name says where (ListThingsInThingGroup), not what
    let other = 0;
    for (let p = ix.rawNameStart[op]!; p < ix.rawNameStart[op + 1]!; p++) {
      if (this.relation!.rawTie.has(ix.rawNameWords[p]!)) break;
      if (plan.otherNumber.has(ix.rawNameWords[p]!)) other++;
    }
    if (other > 0 && this.twins.has(twinShape(ix, op))) s += other * SIBLINGS.otherNumber;
    if (plan.container.size === 0 || ix.nameStart[op] === ix.nameStart[op + 1]) return s;
    if (namesContainer(ix, plan, op)) return s + SIBLINGS.containerOnly;
    if (this.outside.has(op)) s += CONTAINER_SCOPE.outside;
    if (tiedToThing(ix, plan, this.relation!, op)) s += SIBLINGS.reversedTie;
    // the thing asked for, tied to the container typed (ListAccountsForParent, ListUsersInGroup)
    return tiedToContainer(ix, plan, this.relation!, op) ? s + SIBLINGS.thingInContainer : s;
  }

  /** Share of the operation name's object words that the query asked for. */
  private coverage(plan: QueryPlan, op: number, round: number, verb: number): number {
    const ix = this.ix;
    const from = ix.nameStart[op]!;
    const to = ix.nameStart[op + 1]!;
    if (to === from) return verb;
    // a status question asks for the state: a trailing Status or Run of its thing is asked for
    const tail = stateTail(ix, plan, op);
    let hit = 0;
    // weighted by how surely the query meant the word (typed 1, vocabulary expansion less)
    // a read's tie word to the typed container (ListSubscriptionsByTopic) is what its preposition said
    const tied =
      plan.container.size > 0 &&
      this.relation!.reads.has(ix.opVerb[op]!) &&
      thingBeforeTie(ix, plan, this.relation!, op);
    for (let p = from; p < to - tail; p++) {
      const t = ix.nameTerms[p]!;
      if (this.termMark[t] === round) hit += this.termWeight[t]!;
      else if (tied && this.relation!.tie.has(t)) hit += 1;
    }
    return (hit + tail) / (to - from);
  }
}
