// The modeled errors of one service as a TypeRegistry the protocols can search, built from
// private maps so nothing is written to the process-global registry by name; each error schema
// gets its own constructor so a thrown error names the shape the protocol matched.

import { TypeRegistry } from '@smithy/core/schema';
import type { StaticErrorSchema } from '@smithy/types';

/** Marks errors constructed for a modeled error shape (as opposed to an unknown wire code). */
export const MODELED_ERROR = Symbol.for('aws-tool-mcp/modeled-error');

function errorClass(shapeName: string): new (opts: unknown) => Error {
  return class ModeledError extends Error {
    readonly [MODELED_ERROR] = shapeName;
    constructor(_opts: unknown) {
      super('');
      this.name = shapeName;
    }
  };
}

export function buildErrorRegistry(namespace: string, errors: readonly StaticErrorSchema[]): TypeRegistry {
  const schemas = new Map<string, StaticErrorSchema>();
  const ctors = new Map<StaticErrorSchema, new (opts: unknown) => Error>();
  for (const e of errors) {
    const id = `${e[1]}#${e[2]}`;
    if (schemas.has(id)) continue;
    schemas.set(id, e);
    ctors.set(e, errorClass(e[2]));
  }
  return new TypeRegistry(namespace, schemas, ctors);
}
