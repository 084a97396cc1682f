// Suggestions for misspelled member names and enum values: case-insensitive match first, then the
// closest name by edit distance when it is close enough to be a plausible typo.

import { editDistance } from '../model/edit-distance.js';

export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  const exact = candidates.find((c) => c.toLowerCase() === lower);
  if (exact) return exact;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    // Inputs capped so hostile long keys stay cheap.
    const d = editDistance(lower.slice(0, 128), c.toLowerCase().slice(0, 128));
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined;
}
