// In-memory lookup tables over catalog data: names -> service, service -> operations, and
// compacted operation names -> operation, so resolution is a couple of Map lookups.

import type { OperationEntry, ServiceEntry } from './types.js';
import type { CatalogData, UnavailableService } from './data-format.js';
import { compactName, lowerName } from './names.js';

export class CatalogIndex {
  readonly services: readonly ServiceEntry[];
  readonly operations: readonly OperationEntry[];
  readonly ambiguous: Readonly<Record<string, readonly string[]>>;
  private readonly byName = new Map<string, ServiceEntry>();
  private readonly opsOf = new Map<string, OperationEntry[]>();
  private readonly opIndex = new Map<string, Map<string, OperationEntry>>();
  private readonly unavailableByName = new Map<string, UnavailableService>();

  constructor(data: CatalogData) {
    this.services = data.services;
    this.operations = data.operations;
    this.ambiguous = data.ambiguousNames;
    for (const s of data.services) {
      this.opsOf.set(s.id, []);
      for (const a of s.aliases) this.byName.set(a, s);
    }
    // canonical ids last: they must win even over a corrupted alias list
    for (const s of data.services) this.byName.set(s.id, s);
    for (const op of data.operations) this.opsOf.get(op.service)?.push(op);
    for (const u of data.unavailable ?? []) {
      for (const n of [u.id, u.directory]) this.unavailableByName.set(compactName(lowerName(n)), u);
    }
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

  /** Operations of a canonical service id, in model order. */
  operationsOf(serviceId: string): readonly OperationEntry[] {
    return this.opsOf.get(serviceId) ?? [];
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
