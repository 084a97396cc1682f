// Per-service runtime: the schema builder, the modeled-error registry and the protocol instance,
// built on first use and kept on the loaded service (dropped with the ServiceModel object).

import type { TypeRegistry } from '@smithy/core/schema';
import type { ServiceModel } from '../../model/service-model.js';
import { defineServiceSlot } from '../../model/service-state.js';
import { createProtocol, type WireProtocol } from '../protocols.js';
import { SchemaBuilder } from './builder.js';
import { buildErrorRegistry } from './errors.js';

export interface ServiceRuntime {
  readonly schemas: SchemaBuilder;
  readonly errors: TypeRegistry;
  readonly protocol: WireProtocol;
}

const RUNTIME = defineServiceSlot('execution/runtime', (model): ServiceRuntime => {
  const schemas = new SchemaBuilder(model);
  const errors = buildErrorRegistry(model.namespace, schemas.errorShapes());
  return { schemas, errors, protocol: createProtocol(model, errors) };
});

export function runtimeFor(model: ServiceModel): ServiceRuntime {
  return model.state(RUNTIME);
}
