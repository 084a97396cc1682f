// Typo tolerance: finds vocabulary words within a small edit distance of an unknown query word
// (`lamda` -> `lambda`, `dynamdb` -> `dynamodb`). The vocabulary is names only (operations,
// services, curated phrases), a few thousand words, so a length-bucketed scan with a banded
// distance is fast enough (well under a millisecond) and needs no extra index memory.

import { editDistance } from '../model/edit-distance.js';

export interface FuzzyMatch {
  readonly word: string;
  readonly distance: number;
}

/** Longest allowed distance for a word of this length: short words are too easy to confuse. */
export function maxTypoDistance(length: number): number {
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
}

export class FuzzyVocabulary {
  private byLengthCache: string[][] | undefined;

  /** `words` maps each vocabulary word to how often it occurs (used to break ties). */
  constructor(private readonly weightOf: ReadonlyMap<string, number>) {}

  /** Words by length, built on the first typo (most searches have none). */
  private get byLength(): string[][] {
    if (this.byLengthCache === undefined) {
      this.byLengthCache = [];
      for (const w of this.weightOf.keys()) (this.byLengthCache[w.length] ??= []).push(w);
    }
    return this.byLengthCache;
  }

  /** The words and their weights, as given (what a cache stores to rebuild this). */
  words(): ReadonlyMap<string, number> {
    return this.weightOf;
  }

  has(word: string): boolean {
    return this.weightOf.has(word);
  }

  /** Closest words (all at the best distance, most frequent first, at most `max`). */
  nearest(word: string, max = 3): FuzzyMatch[] {
    const limit = maxTypoDistance(word.length);
    if (limit === 0) return [];
    let best = limit + 1;
    let found: string[] = [];
    for (let len = word.length - limit; len <= word.length + limit; len++) {
      for (const cand of this.byLength[len] ?? []) {
        const d = editDistance(word, cand, Math.min(best, limit), true);
        if (d < best) {
          best = d;
          found = [cand];
        } else if (d === best && d <= limit) found.push(cand);
      }
    }
    if (best > limit) return [];
    found.sort((a, b) => (this.weightOf.get(b) ?? 0) - (this.weightOf.get(a) ?? 0) || (a < b ? -1 : 1));
    return found.slice(0, max).map((w) => ({ word: w, distance: best }));
  }
}
