// Loads one real service model from the test bundle (newest version), for execution unit tests.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelFile } from '../../../src/model/ast.js';
import { ServiceModel } from '../../../src/model/service-model.js';
import type { OperationView } from '../../../src/model/service-model.js';
import { TEST_MODELS_DIR } from '../../helpers/paths.js';

const loaded = new Map<string, ServiceModel>();

export function loadModel(dir: string): ServiceModel {
  const cached = loaded.get(dir);
  if (cached) return cached;
  const serviceDir = path.join(TEST_MODELS_DIR, dir, 'service');
  const version = readdirSync(serviceDir).sort().at(-1)!;
  const folder = path.join(serviceDir, version);
  const file = readdirSync(folder).find((f) => f.endsWith('.json'))!;
  const model = new ServiceModel(JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as ModelFile);
  loaded.set(dir, model);
  return model;
}

export function modelAndOp(dir: string, opName: string): { model: ServiceModel; op: OperationView } {
  const model = loadModel(dir);
  const op = model.operation(opName);
  if (!op) throw new Error(`${dir} has no operation ${opName}`);
  return { model, op };
}
