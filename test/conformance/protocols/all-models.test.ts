// Every operation of every model in the bundle: its runtime schemas build, the protocol class is
// found, and a synthetic input with all required members serializes without an exception.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../../src/model/ast.js';
import { ServiceModel } from '../../../src/model/service-model.js';
import { prepareInput } from '../../../src/execution/schemas/input-values.js';
import { runtimeFor } from '../../../src/execution/schemas/runtime.js';
import { serializeOperation } from '../../../src/execution/wire.js';
import { TEST_MODELS_DIR } from '../../helpers/paths.js';
import { syntheticValue } from './synthetic-input.js';

function* models(): Generator<ServiceModel> {
  for (const dir of readdirSync(TEST_MODELS_DIR).sort()) {
    const serviceDir = path.join(TEST_MODELS_DIR, dir, 'service');
    let versions: string[];
    try {
      versions = readdirSync(serviceDir).sort();
    } catch {
      continue; // LICENSE, NOTICE
    }
    const folder = path.join(serviceDir, versions.at(-1)!);
    const file = readdirSync(folder).find((f) => f.endsWith('.json'))!;
    yield new ServiceModel(JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as ModelFile);
  }
}

describe('every operation in the model bundle', () => {
  it('builds schemas and serializes a synthetic input', async () => {
    let services = 0;
    let operations = 0;
    const failures: string[] = [];
    for (const model of models()) {
      services++;
      const { schemas } = runtimeFor(model);
      for (const op of model.operations()) {
        operations++;
        try {
          schemas.operation(op);
          const inputId = model.inputOf(op);
          const raw = inputId ? (syntheticValue(model, inputId) as Record<string, unknown>) : {};
          const input = prepareInput(model, op, raw);
          await serializeOperation(model, op, input, { url: new URL('https://example.com') });
        } catch (e) {
          failures.push(`${model.serviceShapeId} ${op.name}: ${(e as Error).message}`);
        }
      }
    }
    expect(services).toBeGreaterThanOrEqual(400);
    expect(operations).toBeGreaterThan(15_000);
    expect(failures).toEqual([]);
  }, 180_000);
});
