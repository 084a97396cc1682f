// Per-service runtime: the schema builder, the modeled-error registry and the protocol instance,
// built on first use and cached for the life of the ServiceModel object.

import type { TypeRegistry } from '@smithy/core/schema';
import type { ServiceModel } from '../../model/service-model.js';
import { createProtocol, type WireProtocol } from '../protocols.js';
import { SchemaBuilder } from './builder.js';
import { buildErrorRegistry } from './errors.js';

export interface ServiceRuntime {
  readonly schemas: SchemaBuilder;
  readonly errors: TypeRegistry;
  readonly protocol: WireProtocol;
}

const cache = new WeakMap<ServiceModel, ServiceRuntime>();

export function runtimeFor(model: ServiceModel): ServiceRuntime {
  let rt = cache.get(model);
  if (!rt) {
    const schemas = new SchemaBuilder(model);
    const errors = buildErrorRegistry(model.namespace, schemas.errorShapes());
    rt = { schemas, errors, protocol: createProtocol(model, errors) };
    cache.set(model, rt);
  }
  return rt;
}
