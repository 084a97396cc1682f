// Reads an everyday kind word ("box", "pool", "folder") as the resource it names in the service
// the rest of the query points at (data/kind-words-r16.ts): "bounce our rabbitmq box" is an
// Amazon MQ broker, "the node pool of the eks cluster" a node group. Without such a signal the
// kind word keeps its everyday meaning from the vocabulary (a box is an EC2 instance).

import type { Expansion } from './data/aws-vocabulary.js';
import { KIND_READINGS, type KindReading } from './data/kind-words-r16.js';
import { KIND_READINGS_2 } from './data/kind-words-r16-2.js';
import { KIND_READINGS_R17_PARA_TAIL } from './data/kind-words-r17-para-tail.js';
import { KIND_READINGS_R17 } from './data/kind-words-r17-siblings.js';
import { KIND_READINGS_R22_DIAG } from './data/kind-words-r22-diag.js';
import type { SearchIndexData } from './index-build.js';
import { leadingVerb } from './plan-terms.js';
import { stem, words } from './text.js';
import { STOP_WORDS } from './data/stop-words.js';
import { VERBS } from './vocabulary.js';

interface CompiledReading {
  readonly signals: readonly (readonly string[])[];
  readonly unless: readonly (readonly string[])[];
  readonly kinds: ReadonlySet<string>;
  readonly service: string;
  readonly terms: string;
}

/** Every entry of the data files (their examples are checked by kind-words-r16.test.ts). */
export const ALL_KIND_READINGS: readonly KindReading[] = [
  ...KIND_READINGS,
  ...KIND_READINGS_2,
  ...KIND_READINGS_R17_PARA_TAIL,
  ...KIND_READINGS_R17,
  ...KIND_READINGS_R22_DIAG,
];

const READINGS: readonly CompiledReading[] = ALL_KIND_READINGS.map((r) => ({
  signals: r.signals.map((s) => words(s).map(stem)),
  unless: (r.unless ?? []).map((s) => words(s).map(stem)),
  kinds: new Set(r.kinds.map(stem)),
  service: r.service,
  terms: r.terms,
}));

/** The readings of each kind word (stem): a query word that is none costs one lookup. */
const READINGS_OF_KIND: ReadonlyMap<string, readonly CompiledReading[]> = (() => {
  const byKind = new Map<string, CompiledReading[]>();
  for (const r of READINGS) for (const k of r.kinds) byKind.set(k, [...(byKind.get(k) ?? []), r]);
  return byKind;
})();

/** Every verb phrase the vocabulary knows, by its first word (`tear` -> "tear down"). */
const VERB_PHRASES: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const k of VERBS.keys()) {
    const ws = k.split(' ');
    byFirst.set(ws[0]!, [...(byFirst.get(ws[0]!) ?? []), ws]);
  }
  return byFirst;
})();

/**
 * Whether a verb phrase of the vocabulary is typed at i: its first word ("tear" of "tear down",
 * which may be split by its object), or, when that word is a common one, the whole phrase ("need"
 * only as in "need the", data/verbs-r19-agent.ts: "I need an airflow box" types no verb).
 */
const verbPhraseAt = (stems: readonly string[], i: number): boolean =>
  (VERB_PHRASES.get(stems[i]!) ?? []).some(
    (p) => p.length === 1 || !STOP_WORDS.has(p[0]!) || p.every((w, k) => stems[i + k] === w),
  );

/** What one word run means: its vocabulary phrase, or what a kind word reads as there. */
export type KindPhrases = (i: number, n: number, phrase: Expansion | undefined) => Expansion | undefined;

/**
 * Reads the query's kind words (`kindReadings`). The signal that chose a reading qualifies a
 * thing that exists ("tear down the hadoop cluster"): the verb its phrase implies when it stands
 * alone ("hadoop" -> run job flow) is not asked for, the typed verb is.
 */
export function kindPhrases(
  ix: SearchIndexData,
  stems: readonly string[],
  ws: readonly string[],
): KindPhrases {
  const { readings, qualifiers } = kindReadings(stems);
  // with no verb typed ("i need an airflow box") the phrase's verb is still the request
  const typedVerb = stems.some((_, i) => verbPhraseAt(stems, i));
  return (i, n, phrase) => {
    const read = n === 1 ? readings.get(i) : undefined;
    if (read) return read;
    // a participle's phrase ("tagged") is not the noun typed with its stem ("tags"), nor a verb
    // ("print"), unless an operation is named with that verb ("tag the vault": TagResource)
    if (phrase?.typed !== undefined && ws[i] !== phrase.typed && !ix.verbIds.has(ws[i]!)) return undefined;
    if (!typedVerb || !phrase?.terms || !qualifiers.has(`${i}:${n}`) || !leadingVerb(ix, phrase.terms))
      return phrase;
    return { ...phrase, terms: words(phrase.terms).slice(1).join(' ') };
  };
}

/**
 * Position of each kind word whose service another word names -> what it reads as there; and
 * the spans (`start:length`) of the signals that chose a reading.
 */
export function kindReadings(stems: readonly string[]): {
  readings: Map<number, Expansion>;
  qualifiers: Set<string>;
} {
  const readings = new Map<number, Expansion>();
  const qualifiers = new Set<string>();
  for (let i = 0; i < stems.length; i++) {
    const hits = (READINGS_OF_KIND.get(stems[i]!) ?? []).flatMap((r) => {
      if (signalAt(stems, -1, r.unless)) return [];
      const at = signalAt(stems, i, r.signals);
      return at ? [{ r, at }] : [];
    });
    if (hits.length === 0) continue;
    for (const { at } of hits) qualifiers.add(`${at.start}:${at.length}`);
    readings.set(i, {
      terms: hits.map(({ r }) => r.terms).join(' '),
      services: [...new Set(hits.map(({ r }) => r.service))],
    });
  }
  return { readings, qualifiers };
}

/** Where one of the signals occurs in the query away from the kind word at `at`. */
function signalAt(
  stems: readonly string[],
  at: number,
  signals: readonly (readonly string[])[],
): { start: number; length: number } | undefined {
  for (const sig of signals)
    for (let i = 0; i + sig.length <= stems.length; i++) {
      if (at >= i && at < i + sig.length) continue;
      if (sig.every((s, k) => stems[i + k] === s)) return { start: i, length: sig.length };
    }
  return undefined;
}
