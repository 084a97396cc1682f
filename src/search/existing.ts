// Resources the query shows exist. An identifier AWS assigned when it made the resource (an EC2
// id, an ARN, a CloudFront distribution id) names one already made, and so does a place named
// as one already there ("to our global network", data/existing.ts EXISTING_PLACE). An operation
// that makes a resource of that kind then answers another task, however well its name matches:
// "add a CNAME in hosted zone Z0123..." is a record change, not CreateHostedZone.

import { EXISTING_PLACE, MAKING_NAME_EXTRAS, MAKING_VERBS } from './data/existing.js';
import { LATER_STEP_MARKERS } from './data/later-steps.js';
import { STOP_WORDS } from './data/stop-words.js';
import { namedKinds } from './named-kinds.js';
import { analyze } from './analyzer.js';
import type { IdentifierHint } from './identifiers.js';
import type { SearchIndexData } from './index-build.js';

/** A kind of resource that exists: its words (term ids) and the head noun among them. */
interface Kind {
  readonly terms: ReadonlySet<number>;
  readonly head: number;
}

/** The kinds of resource the query shows exist. */
export interface ExistingKinds {
  readonly kinds: readonly Kind[];
}

/** The making verbs' ids and the name extras' term ids: fixed per index, read once. */
interface Making {
  readonly verbs: ReadonlySet<number>;
  readonly extras: ReadonlySet<number>;
}

const makingOf = new WeakMap<SearchIndexData, Making>();

function making(ix: SearchIndexData): Making {
  let m = makingOf.get(ix);
  if (m === undefined) {
    m = {
      verbs: new Set(Object.keys(MAKING_VERBS).flatMap((v) => ix.verbIds.get(v) ?? [])),
      extras: new Set(analyze(MAKING_NAME_EXTRAS.join(' ')).flatMap((t) => ix.termIds.get(t) ?? [])),
    };
    makingOf.set(ix, m);
  }
  return m;
}

/** What the query's assigned identifiers and owned places show exists; undefined when nothing. */
export function existingKinds(
  ix: SearchIndexData,
  ids: readonly IdentifierHint[],
  ws: readonly string[],
  raw: readonly string[],
): ExistingKinds | undefined {
  const later = laterStepAt(raw);
  const phrases = [
    // an id typed in a later step ("..., then deactivate the old key AKIA...") is what that step
    // acts on: it does not show that the thing the first step makes exists
    ...ids.filter((h) => h.assigned && !(raw.indexOf(h.token) > later)).map((h) => h.terms),
    ...ownedPlaces(ws),
    ...namedKinds(ix, raw),
  ];
  return withKinds(ix, undefined, phrases);
}

/** Single words that open a later step wherever they stand after the first word ("then"). */
const LATER_WORDS: ReadonlySet<string> = new Set(
  Object.entries(LATER_STEP_MARKERS)
    .filter(([k, m]) => !k.includes(' ') && !m.verbFollows && !m.backReference)
    .map(([k]) => k),
);

/** The raw index of the first later-step word after the first token, or the length when none. */
function laterStepAt(raw: readonly string[]): number {
  const at = raw.findIndex(
    (t, i) => i > 0 && LATER_WORDS.has(t.toLowerCase().replace(/^[,;]+|[,;.]+$/g, '')),
  );
  return at < 0 ? raw.length : at;
}

/** The existing kinds with those of more phrases (acted-on.ts); undefined when none. */
export function withKinds(
  ix: SearchIndexData,
  existing: ExistingKinds | undefined,
  phrases: readonly string[],
): ExistingKinds | undefined {
  const kinds: Kind[] = [...(existing?.kinds ?? [])];
  for (const words of phrases) {
    // words no operation uses ("company" repository) only describe: the head noun must be known
    const terms = analyze(words).map((t) => ix.termIds.get(t));
    const head = terms[terms.length - 1];
    if (head !== undefined) kinds.push({ terms: new Set(terms.filter((t) => t !== undefined)), head });
  }
  return kinds.length === 0 ? undefined : { kinds };
}

/** The words after "to our", "in the", "of my" ...: a thing the task happens in or uses. */
function ownedPlaces(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < ws.length; i++) {
    if (!EXISTING_PLACE.words.has(ws[i]!) || !EXISTING_PLACE.owners.has(ws[i + 1]!)) continue;
    const words: string[] = [];
    // "to my existing load balancer": owner words may come in a row
    let start = i + 2;
    while (start < ws.length && EXISTING_PLACE.owners.has(ws[start]!)) start++;
    for (let j = start; j < ws.length && words.length < EXISTING_PLACE.reach; j++) {
      if (STOP_WORDS.has(ws[j]!) || EXISTING_PLACE.words.has(ws[j]!)) break;
      words.push(ws[j]!);
    }
    if (words.length > 0) out.push(words.join(' '));
  }
  return out;
}

/** The operation would make a resource of a kind that exists: its verb makes, its name is the kind. */
export function makesExisting(ix: SearchIndexData, existing: ExistingKinds, op: number): boolean {
  const { verbs, extras } = making(ix);
  if (!verbs.has(ix.opVerb[op]!)) return false;
  return existing.kinds.some((kind) => namesKind(ix, op, kind, extras));
}

/** The name's object words are the kind's (or extras), its head noun among them. */
function namesKind(ix: SearchIndexData, op: number, kind: Kind, extras: ReadonlySet<number>): boolean {
  let head = false;
  for (let p = ix.nameStart[op]!; p < ix.nameStart[op + 1]!; p++) {
    const t = ix.nameTerms[p]!;
    if (t === kind.head) head = true;
    else if (!kind.terms.has(t) && !extras.has(t)) return false;
  }
  return head;
}
