// Test tooling: a minimal valid-looking input for any operation — every required member filled
// with a plain value of its type, recursively (bounded) — to exercise serialization everywhere.

import type { ServiceModel } from '../../../src/model/service-model.js';

export function syntheticValue(model: ServiceModel, targetId: string, depth = 0): unknown {
  const shape = model.requireShape(targetId);
  switch (shape.type) {
    case 'string':
      return 'x';
    case 'enum':
      return (Object.values(shape.members)[0]?.traits?.['smithy.api#enumValue'] as string | undefined) ?? 'x';
    case 'intEnum':
      return (Object.values(shape.members)[0]?.traits?.['smithy.api#enumValue'] as number | undefined) ?? 1;
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      return 1;
    case 'bigInteger':
    case 'bigDecimal':
      return '1';
    case 'boolean':
      return true;
    case 'timestamp':
      return '2020-01-01T00:00:00Z';
    case 'blob':
      return 'data';
    case 'document':
      return { a: 1 };
    case 'list':
    case 'set':
      return depth > 4 ? [] : [syntheticValue(model, shape.member.target, depth + 1)];
    case 'map':
      return depth > 4 ? {} : { k: syntheticValue(model, shape.value.target, depth + 1) };
    case 'structure':
    case 'union': {
      const out: Record<string, unknown> = {};
      const members = Object.entries(shape.members ?? {});
      const chosen =
        shape.type === 'union'
          ? members.slice(0, 1)
          : members.filter(([, m]) => m.traits?.['smithy.api#required'] !== undefined);
      if (depth > 4) return out;
      for (const [name, m] of chosen) out[name] = syntheticValue(model, m.target, depth + 1);
      return out;
    }
    default:
      return undefined;
  }
}
