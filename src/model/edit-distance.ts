// Edit distance, the one implementation behind did-you-mean (catalog names, schema members and
// enum values) and the search's typo tolerance: Levenshtein, or with `transpositions` the optimal
// string alignment distance (an adjacent swap costs 1). Gives up, returning `max + 1`, as soon as
// the distance must exceed `max`. Rows are reused: the typo scan calls this thousands of times.

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

function rowsFor(length: number): readonly [Int32Array, Int32Array, Int32Array] {
  if (length > rows[0].length)
    rows = [new Int32Array(length), new Int32Array(length), new Int32Array(length)];
  return rows;
}

export function editDistance(a: string, b: string, max = Infinity, transpositions = false): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  let [prev2, prev, cur] = rowsFor(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (transpositions && i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[m]!, max + 1);
}
