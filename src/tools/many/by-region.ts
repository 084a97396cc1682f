// The answer of a fan-out (`regions`): keyed by region, and regions whose outcomes are identical
// share one entry, its key their names joined by ",". The most common outcome (shared by two regions
// or more) is keyed "*": every region that ran and is not named in another key. "No instances" in
// fifteen regions is then one short entry, not fifteen. Nothing the model acts on is lost: every
// region's result or error can be read back, the model knows which regions ran (it named them, or
// metadata.regions lists them for "*"), and grouping only ever joins equal entries. Each inner
// call's tx_id is left out of the entries (they would differ in every region and undo the
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
  const all = [...groups.values()];
  const common = all.reduce((a, b) => (b.names.length > a.names.length ? b : a));
  const key = (g: (typeof all)[number]) => (g === common && g.names.length > 1 ? '*' : g.names.join(','));
  return { regions: Object.fromEntries(all.map((g) => [key(g), g.entry])) };
}

/** The entry without its call's tx_id (an approval used, if any, stays). */
function withoutTxId(entry: Entry): Entry {
  const { metadata, ...rest } = entry;
  if (typeof metadata !== 'object' || metadata === null) return entry;
  const { tx_id: _txId, ...more } = metadata as Entry;
  return Object.keys(more).length > 0 ? { ...rest, metadata: more } : rest;
}
