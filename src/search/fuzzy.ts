// Typo tolerance: finds vocabulary words within a small edit distance of an unknown query word
// (`lamda` -> `lambda`, `dynamdb` -> `dynamodb`). The vocabulary is names only (operations,
// services, curated phrases), a few thousand words, so a length-bucketed scan with a banded
// distance is fast enough (well under a millisecond) and needs no extra index memory.

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
        const d = boundedDistance(word, cand, Math.min(best, limit));
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

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions) between a and b,
 * or `limit + 1` as soon as it must exceed `limit`.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  if (m + 1 > ROW) return a === b ? 0 : limit + 1;
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[m]!, limit + 1);
}

// Reused rows: the scan calls this thousands of times per typo, so it must not allocate.
const ROW = 64;
const rowA = new Int32Array(ROW);
const rowB = new Int32Array(ROW);
const rowC = new Int32Array(ROW);
