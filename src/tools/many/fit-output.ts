// MAX_OUTPUT_CHARACTERS holds on a batch's whole answer: each call's result was already shaped on
// its own; when together they are still too long, the largest results are replaced by a note (the
// call ran, its tx_id is there, its result can be fetched alone) until the whole fits.

export function fitWhole(
  results: readonly Record<string, unknown>[],
  maxChars: number,
): Record<string, unknown>[] {
  const sizes = results.map((r) => JSON.stringify(r).length);
  let total = sizes.reduce((a, b) => a + b, 0);
  const out = [...results];
  const largestFirst = sizes.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]);
  for (const [size, i] of largestFirst) {
    if (total <= maxChars) break;
    const r = results[i]!;
    if (!('result' in r)) continue;
    const { result: _dropped, ...rest } = r;
    const note = {
      ...rest,
      omitted: {
        chars: size,
        hint: 'Too large for one batch answer: run this call alone, or use options.query.',
      },
    };
    out[i] = note;
    total += JSON.stringify(note).length - size;
  }
  return out;
}
