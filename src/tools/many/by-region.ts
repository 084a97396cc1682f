// The answer of a fan-out (`regions`): keyed by region, and regions whose outcomes are identical
// share one entry, its key their names joined by "," ("*" when every region had the same outcome).
// "No instances" in fifteen regions is then one entry, not fifteen. Nothing the model acts on is
// lost: every region's result or error is there, and grouping only ever joins equal entries. Each
// inner call's tx_id is left out of the entries (they would differ in every region and undo the
// grouping); it stays in the audit under the fan-out's tx_id (parentTxId), and
// `options.metadata: "full"` answers one entry per region with all its metadata, as a call alone.

type Entry = Record<string, unknown>;

export function byRegion(
  regions: readonly string[],
  results: readonly Entry[],
  metadata: 'short' | 'full' | undefined,
): Entry {
  if (metadata === 'full') return { regions: Object.fromEntries(regions.map((r, i) => [r, results[i]])) };
  const groups = new Map<string, { names: string[]; entry: Entry }>();
  regions.forEach((region, i) => {
    const entry = withoutTxId(results[i]!);
    const same = JSON.stringify(entry);
    const group = groups.get(same);
    if (group) group.names.push(region);
    else groups.set(same, { names: [region], entry });
  });
  const everywhere = groups.size === 1 && regions.length > 1;
  return {
    regions: Object.fromEntries(
      [...groups.values()].map((g) => [everywhere ? '*' : g.names.join(','), g.entry]),
    ),
  };
}

/** The entry without its call's tx_id (an approval used, if any, stays). */
function withoutTxId(entry: Entry): Entry {
  const { metadata, ...rest } = entry;
  if (typeof metadata !== 'object' || metadata === null) return entry;
  const { tx_id: _txId, ...more } = metadata as Entry;
  return Object.keys(more).length > 0 ? { ...rest, metadata: more } : rest;
}
