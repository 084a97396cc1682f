// Did-you-mean: the known names closest to what the user typed, for UnknownService and
// UnknownOperation errors. Substring and prefix matches rank first (`dynamo` -> `dynamodb`),
// then small edit distances (`ListBukets` -> `ListBuckets`).

import { editDistance } from '../model/edit-distance.js';
import { compactName } from './names.js';

/**
 * Up to `limit` values whose names are closest to `input`. `candidates` maps a name to the value
 * it stands for (several names may share one value; each value is listed once).
 */
export function closestNames<T>(input: string, candidates: Iterable<readonly [string, T]>, limit = 5): T[] {
  const q = compactName(input);
  if (!q) return [];
  const maxDistance = Math.max(2, Math.floor(q.length / 3));
  const scored: Array<{ score: number; value: T; name: string }> = [];
  for (const [name, value] of candidates) {
    const n = compactName(name);
    if (!n) continue;
    let score: number;
    if (n.startsWith(q) || q.startsWith(n)) score = Math.abs(n.length - q.length) / 100;
    else if (n.includes(q) || (n.length >= 3 && q.includes(n)))
      score = 0.5 + Math.abs(n.length - q.length) / 100;
    else {
      const d = editDistance(q, n, maxDistance);
      if (d > maxDistance) continue;
      score = d;
    }
    scored.push({ score, value, name: n });
  }
  scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  const out: T[] = [];
  for (const s of scored) {
    if (!out.includes(s.value)) out.push(s.value);
    if (out.length >= limit) break;
  }
  return out;
}
