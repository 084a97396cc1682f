// Which sentence of a long query holds the request. Agents and busy people write a few sentences
// of situation and then the request ("The ECS task keeps stopping. Show me why it stopped."), or
// labelled lines ("Goal: ... Constraint: ... Task: ..."). Read whole, the situation's verbs and
// nouns ("someone DELETED the secret ... bring it back") outvote the request. So the request
// sentence is read as the query, and the other sentences only lend their services (the request
// often says "it") and their words at a small weight (data/request-sentence-r15.ts).

import {
  CONTEXT_LABELS,
  CONTEXT_SERVICE_SHARE,
  CONTEXT_TERM_SHARE,
  LONG_QUERY_WORDS,
  POINTING_BACK,
  REQUEST_LABELS,
  REQUEST_OPENERS,
  STATEMENT_OPENERS,
  TWO_WORD_LABELS,
} from './data/request-sentence-r15.js';
import { addMax, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { words } from './text.js';
import { JOINED_SERVICE_SHARE, JOINED_TERM_SHARE, WANT_QUERY_WORDS } from './data/want-clause-r19-agent.js';
import { wantClauses } from './want-clause.js';

/** The request sentence, and the rest of the query as its context. */
export interface RequestFocus {
  readonly request: string;
  readonly context: string;
  /** The request is a want cut from the sentence of its situation (want-clause.ts): more of it is lent. */
  readonly joined: boolean;
}

type Kind = 'request' | 'goal' | 'context' | undefined;

interface Sentence {
  readonly body: string;
  readonly kind: Kind;
  /** Cut from the clause before it at a want (want-clause.ts), not ended by a full stop. */
  readonly joined?: boolean;
}

const LABEL = /^([a-z]+(?: [a-z]+)?):\s+(.*)$/is;

/** A sentence and its label, if it opens with one ("Task: ..."); the body is without the label. */
function readSentence(text: string): Sentence {
  const m = LABEL.exec(text);
  const label = m?.[1]!.toLowerCase();
  if (!m || label === undefined) return { body: text, kind: undefined };
  const first = label.split(' ')[0]!;
  if (label.includes(' ') && !TWO_WORD_LABELS.has(label)) return { body: text, kind: undefined };
  if (first === 'goal') return { body: m[2]!, kind: 'goal' };
  if (Object.hasOwn(REQUEST_LABELS, first)) return { body: m[2]!, kind: 'request' };
  if (CONTEXT_LABELS.has(first)) return { body: m[2]!, kind: 'context' };
  return { body: text, kind: undefined };
}

/** The space before a label (`Task:`), where a new sentence opens; built once from the data. */
const BEFORE_LABEL = new RegExp(
  `\\s+(?=(?:${[...Object.keys(REQUEST_LABELS), ...CONTEXT_LABELS].join('|')}):\\s)`,
  'i',
);

/**
 * Sentences end at . ? ! before a space, never at an ellipsis (a pasted value cut short, `CkYK...`);
 * a label opens its own sentence even without one, and so does a want after a clause break
 * ("...; need its events", want-clause.ts).
 */
function sentencesOf(query: string): Sentence[] {
  return query
    .split(/(?<=(?<!\.)[.?!])\s+/)
    .flatMap((s) => s.split(BEFORE_LABEL))
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0)
    .map(readSentence)
    .flatMap((s) =>
      s.kind ? [s] : wantClauses(s.body).map((body, i) => ({ body, kind: s.kind, joined: i > 0 })),
    );
}

/** An unlabelled sentence asks when it ends in "?", opens with a want, or opens unlike a statement. */
function asks(body: string): boolean {
  if (body.trimEnd().endsWith('?')) return true;
  const lower = body.toLowerCase();
  if (REQUEST_OPENERS.some((o) => lower.startsWith(`${o} `))) return true;
  const first = lower.split(/\s+/)[0]!.replace(/[^a-z']/g, '');
  return !STATEMENT_OPENERS.has(first);
}

function pointsBack(body: string): boolean {
  const lower = body.toLowerCase();
  return POINTING_BACK.some((o) => lower === o || lower.startsWith(`${o} `) || lower.startsWith(`${o}.`));
}

function lastIndex(xs: readonly Sentence[], test: (s: Sentence) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (test(xs[i]!)) return i;
  return -1;
}

/** The request of a long query of several sentences: a labelled one, else the last that asks, else the goal. */
export function requestFocus(query: string): RequestFocus | undefined {
  const sentences = sentencesOf(query);
  if (sentences.length < 2) return undefined;
  // a want after a clause break is a request however short the line ("x failed; need its events")
  const wantCut = sentences.some((s) => s.joined === true);
  if (words(query).length < (wantCut ? WANT_QUERY_WORDS : LONG_QUERY_WORDS)) return undefined;
  let at = lastIndex(sentences, (s) => s.kind === 'request');
  if (at < 0) at = lastIndex(sentences, (s) => s.kind === undefined && asks(s.body));
  if (at < 0) at = lastIndex(sentences, (s) => s.kind === 'goal');
  if (at < 0) return undefined;
  const from = at > 0 && pointsBack(sentences[at]!.body) ? at - 1 : at;
  const request = sentences.slice(from, at + 1).map((s) => s.body);
  const context = sentences.filter((_, i) => i < from || i > at).map((s) => s.body);
  return { request: request.join(' '), context: context.join(' '), joined: sentences[from]!.joined === true };
}

/** The request's plan with what its context lends: services (less when the request names one) and words at a small weight. */
export function lendContext(plan: Mutable<QueryPlan>, context: QueryPlan, joined = false): QueryPlan {
  const named = plan.services.size > 0;
  const serviceShare = joined ? JOINED_SERVICE_SHARE : CONTEXT_SERVICE_SHARE;
  const termShare = joined ? JOINED_TERM_SHARE : CONTEXT_TERM_SHARE;
  for (const [s, w] of context.services) addMax(plan.services, s, named ? w * serviceShare : w);
  for (const [t, w] of context.terms) addMax(plan.terms, t, w * termShare);
  plan.namedService ||= context.namedService;
  plan.empty = plan.empty && context.empty;
  return plan;
}
