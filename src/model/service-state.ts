// What the layers above the model keep for one loaded service (built schemas, compiled
// validators, the runtime schemas and protocol, resolved endpoints, stripped docs...). Each layer
// defines its own typed slot; the values live on the ServiceModel, which the catalog keeps in its
// LRU, so everything a service costs is dropped with it and no layer holds a module-level cache
// keyed by models. The model layer knows no slot's type: lower layers never import higher ones.

import type { ServiceModel } from './service-model.js';

/** One layer's per-service value, created on first use. `name` says whose it is (`schema/...`). */
export interface ServiceSlot<T> {
  readonly name: string;
  readonly create: (model: ServiceModel) => T;
}

export function defineServiceSlot<T>(name: string, create: (model: ServiceModel) => T): ServiceSlot<T> {
  return Object.freeze({ name, create });
}

export class ServiceState {
  private readonly values = new Map<ServiceSlot<unknown>, unknown>();

  /** The slot's value for this service, created on the first ask. */
  get<T>(slot: ServiceSlot<T>, model: ServiceModel): T {
    if (this.values.has(slot)) return this.values.get(slot) as T;
    const value = slot.create(model);
    this.values.set(slot, value);
    return value;
  }

  /** Names of the slots in use (diagnostics and tests). */
  names(): string[] {
    return [...this.values.keys()].map((slot) => slot.name);
  }
}
