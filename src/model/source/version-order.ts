// Orders API version names (`2016-11-15`, `2019-12-02-preview`, `v2`) newest-last: digit runs
// compare as numbers, other text as strings, and a bare version beats the same one with a suffix.

function tokens(v: string): (number | string)[] {
  return v
    .split(/(\d+)/)
    .filter((t) => t !== '')
    .map((t) => (/^\d+$/.test(t) ? Number(t) : t));
}

/** Negative when `a` is older than `b`, positive when newer, 0 when equal. */
export function compareVersions(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i]!;
    const y = tb[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return 1; // 2020-1 vs 2020-beta: the number is the release
    if (typeof y === 'number') return -1;
    return x < y ? -1 : 1;
  }
  // `2020-01-01` vs `2020-01-01-preview`: the longer one is a pre-release of the shorter.
  if (ta.length !== tb.length) return tb.length - ta.length;
  // `01` vs `1`: equal by value; any fixed order will do, as long as only equal names tie.
  return a < b ? -1 : a > b ? 1 : 0;
}
