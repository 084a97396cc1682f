// Compiles the vocabulary data (phrases, verbs) into lookup tables keyed by stemmed phrases, and
// builds the word list typo correction may correct towards.

import type { ServiceEntry } from '../catalog/types.js';
import { PHRASE_EXPANSIONS, type Expansion } from './data/aws-vocabulary.js';
import { CLI_CUSTOM_COMMANDS } from './data/cli-commands.js';
import { CONCEPTS } from './data/concepts.js';
import { STOP_WORDS } from './data/stop-words.js';
import { VERB_SYNONYMS } from './data/verbs.js';
import { PHRASAL_VERBS } from './data/phrasal-verbs.js';
import { FuzzyVocabulary } from './fuzzy.js';
import { determinerVariantKeys } from './phrase-variants.js';
import { stem, words } from './text.js';

const conceptExpansion = (c: (typeof CONCEPTS)[number]): Expansion => ({
  ...(c.terms ? { terms: c.terms } : {}),
  ...(c.services ? { services: c.services } : {}),
});
const entries: Array<[phrase: string, expansion: Expansion]> = [
  ...Object.entries(PHRASE_EXPANSIONS),
  ...CONCEPTS.flatMap((c) => c.phrases.map((p): [string, Expansion] => [p, conceptExpansion(c)])),
];

/**
 * Stemmed phrase -> expansion (`bucket` also matches `buckets`): the vocabulary, then the
 * concepts (a concept's phrase replaces a vocabulary entry with the same words). Before them,
 * so that a phrase written out always wins, their variants in another determiner ("share our
 * subnets" for "share my subnets", see data/determiners.ts).
 */
export const PHRASES: ReadonlyMap<string, Expansion> = compilePhrases();

function compilePhrases(): Map<string, Expansion> {
  const compiled = entries.map(([p, e]) => {
    const ws = words(p);
    return { ws, stems: ws.map(stem), e };
  });
  const map = new Map<string, Expansion>();
  for (const { ws, stems, e } of compiled) for (const k of determinerVariantKeys(ws, stems)) map.set(k, e);
  for (const { ws, stems, e } of compiled) map.set(stems.join(' '), participleOnly(ws, stems, e));
  return map;
}

/**
 * A one-word phrase written as a past participle means that form only: keyed by its stem it would
 * also be the noun or verb ("tags of function x" is no search by tag, "print the policy" no
 * console output); kind-words.ts drops it when another form was typed (round 20).
 */
function participleOnly(ws: readonly string[], stems: readonly string[], e: Expansion): Expansion {
  const w = ws[0]!;
  return ws.length === 1 && w.endsWith('ed') && stems[0] !== w ? { ...e, typed: w } : e;
}

/**
 * Stemmed verb phrase -> operation verb weights: the synonyms, and each phrasal verb's adjacent
 * form ("drop into" as well as "drop it into"), which a synonym of the same words overrides.
 */
export const VERBS: ReadonlyMap<string, Readonly<Record<string, number>>> = new Map(
  [
    ...Object.entries(PHRASAL_VERBS).map(([k, v]) => [k, v.weights] as const),
    ...Object.entries(VERB_SYNONYMS),
  ].map(([k, v]) => [words(k).map(stem).join(' '), v]),
);

/** Whether w is a verb: an operation name's verb, or a verb people type for one. */
export const isVerb = (ix: { readonly verbIds: ReadonlyMap<string, number> }, w: string): boolean =>
  ix.verbIds.has(w) || VERBS.has(stem(w));

/** Longest phrase length (in words) any table uses: bounds the n-gram scan. */
export const MAX_PHRASE_WORDS = Math.max(
  ...[...PHRASES.keys(), ...VERBS.keys()].map((k) => k.split(' ').length),
);

/** Words typo correction may produce: names of operations and services, and curated phrases. */
export function buildFuzzyVocabulary(
  nameWordCounts: ReadonlyMap<string, number>,
  services: readonly ServiceEntry[],
): FuzzyVocabulary {
  const counts = new Map<string, number>();
  const add = (w: string, n: number): void => {
    if (w.length >= 3 && !STOP_WORDS.has(w) && !/^[0-9]+$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + n);
  };
  for (const [w, n] of nameWordCounts) add(w, n);
  for (const s of services) {
    for (const name of [s.id, s.sdkId, s.title, ...s.aliases]) {
      // service ids are words users type whole (`dynamodb`), weighted as common
      add(name.toLowerCase().replace(/[^a-z0-9]/g, ''), 50);
      for (const w of words(name)) add(w, 20);
    }
  }
  const conceptPhrases = CONCEPTS.flatMap((c) => c.phrases);
  const verbKeys = [...Object.keys(VERB_SYNONYMS), ...Object.keys(PHRASAL_VERBS)];
  for (const key of [...Object.keys(PHRASE_EXPANSIONS), ...verbKeys, ...conceptPhrases]) {
    for (const w of words(key)) add(w, 10);
  }
  for (const cmds of Object.values(CLI_CUSTOM_COMMANDS)) for (const c of Object.keys(cmds)) add(c, 1);
  return new FuzzyVocabulary(counts);
}
