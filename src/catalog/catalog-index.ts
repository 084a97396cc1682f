// In-memory lookup tables over catalog data: names -> service, service -> operations, and
// compacted operation names -> operation, so resolution is a couple of Map lookups. A service's
// operations are asked of the content when first needed (a cached catalog decodes them then), so
// resolving names and a few services' operations never materializes the other services'.

import type { OperationEntry, ServiceEntry } from './types.js';
import type { CatalogContent, CatalogData, UnavailableService } from './data-format.js';
import { compactName, lowerName } from './names.js';

/** Catalog data already in memory (a fresh build) as content. */
export function contentOf(data: CatalogData): CatalogContent {
  const { operations, ...head } = data;
  const byService = new Map<string, OperationEntry[]>(data.services.map((s) => [s.id, []]));
  for (const op of operations) byService.get(op.service)?.push(op);
  return { head, operationsAt: (i) => byService.get(data.services[i]?.id ?? '') ?? [] };
}

export class CatalogIndex {
  readonly services: readonly ServiceEntry[];
  readonly ambiguous: Readonly<Record<string, readonly string[]>>;
  private readonly byName = new Map<string, ServiceEntry>();
  private readonly position = new Map<string, number>();
  private readonly opsOf = new Map<string, readonly OperationEntry[]>();
  private readonly opIndex = new Map<string, Map<string, OperationEntry>>();
  private readonly unavailableByName = new Map<string, UnavailableService>();
  private all?: readonly OperationEntry[];

  constructor(private readonly content: CatalogContent) {
    const { head } = content;
    this.services = head.services;
    this.ambiguous = head.ambiguousNames;
    head.services.forEach((s, i) => {
      this.position.set(s.id, i);
      for (const a of s.aliases) this.byName.set(a, s);
    });
    // canonical ids last: they must win even over a corrupted alias list
    for (const s of head.services) this.byName.set(s.id, s);
    for (const u of head.unavailable ?? []) {
      for (const n of [u.id, u.directory]) this.unavailableByName.set(compactName(lowerName(n)), u);
    }
  }

  /** Every operation, grouped by service in `services` order (materializes every service's). */
  get operations(): readonly OperationEntry[] {
    return (this.all ??= this.services.flatMap((s) => this.operationsOf(s.id)));
  }

  /** The unreadable service this name means, checked before any alias of another service. */
  unavailable(name: string): UnavailableService | undefined {
    return this.unavailableByName.get(compactName(lowerName(name)));
  }

  findService(name: string): ServiceEntry | undefined {
    if (this.unavailable(name)) return undefined;
    const key = lowerName(name);
    return this.byName.get(key) ?? this.byName.get(compactName(key));
  }

  /** Operations of a canonical service id, in model order (decoded on first use). */
  operationsOf(serviceId: string): readonly OperationEntry[] {
    const known = this.opsOf.get(serviceId);
    if (known) return known;
    const i = this.position.get(serviceId);
    if (i === undefined) return [];
    const ops = this.content.operationsAt(i);
    this.opsOf.set(serviceId, ops);
    return ops;
  }

  /** Operation by any case or separator style (`list-buckets`), within a canonical service id. */
  operation(serviceId: string, name: string): OperationEntry | undefined {
    let index = this.opIndex.get(serviceId);
    if (!index) {
      index = new Map();
      for (const op of this.operationsOf(serviceId)) index.set(compactName(op.name), op);
      this.opIndex.set(serviceId, index);
    }
    return index.get(compactName(name));
  }

  /** Every (name, canonical id) pair, for did-you-mean over services. */
  *serviceNames(): Iterable<readonly [string, string]> {
    for (const s of this.services) {
      yield [s.id, s.id];
      for (const a of s.aliases) yield [a, s.id];
    }
  }
}
