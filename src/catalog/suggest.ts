// Did-you-mean: the known names closest to what the user typed, for UnknownService and
// UnknownOperation errors. Substring and prefix matches rank first (`dynamo` -> `dynamodb`),
// then small edit distances (`ListBukets` -> `ListBuckets`).

import { compactName } from './names.js';

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  const d = prev[b.length]!;
  return d > max ? max + 1 : d;
}

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
