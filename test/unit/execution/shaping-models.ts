// Real service models from the test bundle for the pagination, waiter and shaping tests.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelFile } from '../../../src/model/ast.js';
import { ServiceModel, type OperationView } from '../../../src/model/service-model.js';
import { TEST_MODELS_DIR } from '../../helpers/paths.js';

const cache = new Map<string, ServiceModel>();

export function realModel(dir: string): ServiceModel {
  let model = cache.get(dir);
  if (!model) {
    const serviceDir = path.join(TEST_MODELS_DIR, dir, 'service');
    const version = readdirSync(serviceDir).sort().at(-1)!;
    const file = readdirSync(path.join(serviceDir, version)).find((f) => f.endsWith('.json'))!;
    const text = readFileSync(path.join(serviceDir, version, file), 'utf8');
    model = new ServiceModel(JSON.parse(text) as ModelFile);
    cache.set(dir, model);
  }
  return model;
}

export function realOp(dir: string, name: string): { model: ServiceModel; op: OperationView } {
  const model = realModel(dir);
  const op = model.operation(name);
  if (!op) throw new Error(`${dir} has no operation ${name}`);
  return { model, op };
}

/** Marks a scripted answer that is thrown although it is not an Error (the engine's AwsServiceError). */
export class Thrown {
  constructor(readonly value: unknown) {}
}

/** A `call` that answers with scripted outputs in order and records every input it was given. */
export function scripted(outputs: readonly (Record<string, unknown> | Error | Thrown)[]): {
  call: (input: Record<string, unknown>) => Promise<{ output: Record<string, unknown> }>;
  inputs: Record<string, unknown>[];
} {
  const inputs: Record<string, unknown>[] = [];
  const call = async (input: Record<string, unknown>): Promise<{ output: Record<string, unknown> }> => {
    inputs.push(input);
    const next = outputs[Math.min(inputs.length - 1, outputs.length - 1)];
    if (next === undefined) throw new Error('script is empty');
    if (next instanceof Error) throw next;
    if (next instanceof Thrown) throw next.value;
    return { output: next };
  };
  return { call, inputs };
}
