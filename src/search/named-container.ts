// A named container after of/for/in/by (data/named-container-r15.ts): "groups for iam user
// alice", "things in iot thing group factory-floor". The kind words between the preposition and
// the user's name or id say where the things typed before them are; query.ts reads them as a
// container like "in the bucket" (siblings.ts), so List<X>For<Y> gains and an operation named for
// the container alone loses. A kind needs the name or id after it: "the status of the last
// execution" names no container, and "of" alone never opens one.

import { CONTAINER_KIND_WORDS, NAMED_CONTAINER_WORDS } from './data/named-container-r15.js';
import { RELATIVE_CLAUSE_WORDS, RELATIVE_PRONOUNS } from './data/named-container-r16-siblings.js';
import { DETERMINERS } from './data/determiners.js';
import { HEAD_FRAMES } from './data/head-frames-r12.js';
import { STOP_WORDS } from './data/stop-words.js';
import type { IdentifierHint } from './identifiers.js';
import type { SearchIndexData } from './index-build.js';
import { isResourceName } from './kept-tokens.js';
import type { Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import type { VerbSpan } from './query-words.js';
import { participleTie, relativeParticiple } from './relative-participle.js';
import { pluralS, stem, withoutTrailingPunctuation } from './text.js';

/** A preposition that ties things to a named container, alone or after a participle ("attached to"). */
function containerTie(ws: readonly string[], k: number): boolean {
  return Object.hasOwn(NAMED_CONTAINER_WORDS, ws[k]!) || participleTie(ws, k);
}

/** A name the user gave: words joined by - or _, one with a digit ("factory-floor", "web_logs"). */
const NAME_TOKEN = /^[a-z0-9]+([-_][a-z0-9]+)+$/;

const DETERMINER: ReadonlySet<string> = new Set(DETERMINERS);

/** The kinds (their words) named as containers: a preposition, kind words, then a name or id. */
export function namedContainers(
  ix: SearchIndexData,
  raw: readonly string[],
  ids: readonly IdentifierHint[],
): string[][] {
  const ws = raw.map((t) => withoutTrailingPunctuation(t).toLowerCase());
  const idTokens = new Set(ids.map((h) => h.token));
  const out: string[][] = [];
  for (let i = 1; i < raw.length; i++) {
    if (!(
      idTokens.has(raw[i]!) ||
      isResourceName(ix, raw, i) ||
      NAME_TOKEN.test(ws[i]!) ||
      isUnknownName(ix, ws, i)
    ))
      continue;
    const kind: string[] = [];
    let k = i - 1;
    for (; k > 0 && kind.length < CONTAINER_KIND_WORDS; k--) {
      const w = ws[k]!;
      // a kind before a name is a noun, whatever verb it spells too ("group", "point")
      if (!/^[a-z]+$/.test(w) || STOP_WORDS.has(w)) break;
      kind.unshift(w);
    }
    // "of the rule X", "for our user X": a determiner may stand between
    if (k > 1 && DETERMINER.has(ws[k]!)) k--;
    // one container is named ("search domains X and Y" are the things themselves, several of them)
    if (kind.length === 0 || pluralS(kind[kind.length - 1]!)) continue;
    if (containerTie(ws, k) && k > 0 && setBefore(ws, k - 1)) out.push(kind);
  }
  for (let i = 2; i < raw.length - 1; i++) {
    const kind = nameBeforeKind(ws, i, (j) => idTokens.has(raw[j]!) || NAME_TOKEN.test(ws[j]!));
    if (kind) out.push(kind);
  }
  return out;
}

/**
 * The kind after a user's name at i that closes the query, after a preposition and a
 * determiner: "the builds of the web-frontend project" (data/named-container-r16-siblings.ts).
 */
function nameBeforeKind(
  ws: readonly string[],
  i: number,
  isName: (j: number) => boolean,
): string[] | undefined {
  if (!isName(i) || !DETERMINER.has(ws[i - 1]!) || !containerTie(ws, i - 2)) return;
  const kind = ws.slice(i + 1);
  if (kind.length > CONTAINER_KIND_WORDS || kind.some((w) => !/^[a-z]+$/.test(w) || STOP_WORDS.has(w)))
    return;
  return i > 2 && setBefore(ws, i - 3) && !pluralS(kind[kind.length - 1]!) ? kind : undefined;
}

/**
 * The things before the preposition are a set ("targets of", "groups for", "builds that ran
 * for"): a single thing or a frame ("the status of", "details of", "node 0001 of") is one thing
 * of the container, read or acted on, not what the container holds.
 */
function setBefore(ws: readonly string[], at: number): boolean {
  const isSet = (w: string): boolean => pluralS(w) && !Object.hasOwn(HEAD_FRAMES, w);
  // "the policies attached to": a participle between the things and the tie (relative-participle.ts)
  if (relativeParticiple(ws, at)) return isSet(ws[at - 1]!);
  if (isSet(ws[at]!)) return true;
  // "the builds that ran for": a relative clause between the things and the preposition
  for (let k = at; k >= 1 && at - k < RELATIVE_CLAUSE_WORDS; k--)
    if (Object.hasOwn(RELATIVE_PRONOUNS, ws[k]!)) return isSet(ws[k - 1]!);
  return false;
}

/** A last word no operation is named with, after a content word: a plain name ("user alice"). */
function isUnknownName(ix: SearchIndexData, ws: readonly string[], i: number): boolean {
  const w = ws[i]!;
  if (i !== ws.length - 1 || !/^[a-z][a-z0-9_]*$/.test(w) || STOP_WORDS.has(w)) return false;
  const id = ix.termIds.get(stem(w));
  // the kind right before it is one operations are named for ("user alice"), else the word is
  // what a verb or phrase says ("keys in parameter store mention postgres"), not a name
  const kind = ix.termIds.get(stem(ws[i - 1]!));
  return (id === undefined || ix.nameLike[id] !== 1) && kind !== undefined && ix.nameLike[kind] === 1;
}

/** Whether ws[i] is a preposition opening one of the named containers. */
export function opensNamedContainer(ws: readonly string[], i: number, kinds: readonly string[][]): boolean {
  if (!containerTie(ws, i)) return false;
  const at = DETERMINER.has(ws[i + 1] ?? '') ? i + 2 : i + 1;
  return kinds.some((kind) => kind.every((w, j) => ws[at + j] === w));
}

/**
 * Once a container was read: a named kind is the container though typed before too ("thing
 * groups for thing sensor-42"), and its things typed with no verb are asked to be seen
 * (VERBLESS_LISTING: "groups for iam user alice" is not CreateGroup).
 */
export function addNamedContainer(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  kinds: readonly string[][],
): void {
  if (plan.container.size === 0 || kinds.length === 0) return;
  for (const id of kinds.flat().flatMap((w) => ix.termIds.get(stem(w)) ?? [])) plan.container.add(id);
  if (plan.verbs.size === 0) plan.readOnly = true;
}

/**
 * "groups for iam user alice", "recovery points in backup vault X": a plural first word before a
 * named container is the things asked for, not an imperative ("group", "point" are verbs too, but
 * never typed with -s to ask for a change); a kind word read as a verb names the container. The
 * verb read from either is dropped; returns the verb span.
 */
export function listingNoVerb(
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  kinds: readonly string[][],
  verbAt: VerbSpan | undefined,
): VerbSpan | undefined {
  if (verbAt === undefined || kinds.length === 0) return verbAt;
  const opener = ws.findIndex((_, i) => i > 0 && opensNamedContainer(ws, i, kinds));
  if (opener < 0) return verbAt;
  // a kind word read as a verb ("thing group", "backup vault") names the container, not a change
  const inKind = verbAt.start > opener && verbAt.end <= opener + 1 + CONTAINER_KIND_WORDS + 1;
  const things = verbAt.start === 0 && verbAt.end <= opener && pluralS(ws[verbAt.end - 1]!);
  if (!inKind && !things) return verbAt;
  plan.verbs.clear();
  plan.verbTerms.clear();
  plan.changes = false;
  plan.readOnly = true;
  return undefined;
}
