// Loads a real service model (newest version) from the test bundle for request-capture tests.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelFile } from '../../src/model/ast.js';
import { ServiceModel } from '../../src/model/service-model.js';
import { TEST_MODELS_DIR } from './paths.js';

const loaded = new Map<string, ServiceModel>();

/** `dir` is the model folder name in aws/api-models-aws (`sts`, `dynamodb`, `s3`...). */
export function loadServiceModel(dir: string): ServiceModel {
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
