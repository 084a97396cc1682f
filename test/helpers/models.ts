// The shared test clone's models, found the way the server finds them (discoverModels: newest
// API version per service directory) and read through the real ServiceModel view. Cached per
// process: many tests ask for the same few services.

import type { ModelFileRef } from '../../src/model/model-tree.js';
import { discoverModels } from '../../src/model/source/discover.js';
import { readModelFile } from '../../src/model/source/read.js';
import { ServiceModel, type OperationView } from '../../src/model/service-model.js';
import { ToolError } from '../../src/errors/tool-error.js';
import { TEST_MODELS_DIR } from './paths.js';

let files: readonly ModelFileRef[] | undefined;
const loaded = new Map<string, ServiceModel>();

/** One model file per service directory of the bundle, sorted by directory. */
export function bundleModelFiles(): readonly ModelFileRef[] {
  return (files ??= discoverModels(TEST_MODELS_DIR));
}

/** `directory` is the upstream folder name (`sts`, `dynamodb`, `cloudwatch-logs`...). */
export function loadServiceModel(directory: string): ServiceModel {
  const cached = loaded.get(directory);
  if (cached) return cached;
  const ref = bundleModelFiles().find((f) => f.directory === directory);
  if (!ref) throw new Error(`the test bundle has no service directory ${directory}`);
  const model = new ServiceModel(readModelFile(ref.path));
  loaded.set(directory, model);
  return model;
}

export function operationOf(directory: string, name: string): { model: ServiceModel; op: OperationView } {
  const model = loadServiceModel(directory);
  const op = model.operation(name);
  if (!op) throw new Error(`${directory} has no operation ${name}`);
  return { model, op };
}

/** Every service of the bundle, parsed one at a time (not cached: the whole bundle is ~150 MB). */
export function* allServiceModels(): Generator<{ directory: string; file: string; model: ServiceModel }> {
  for (const ref of bundleModelFiles()) {
    yield { directory: ref.directory, file: ref.path, model: new ServiceModel(readModelFile(ref.path)) };
  }
}

/** The ToolError `fn` throws; fails the test when it throws something else or nothing. */
export function thrownToolError(fn: () => unknown): ToolError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ToolError) return e;
    throw e;
  }
  throw new Error('expected a ToolError');
}

/** The ToolError `p` rejects with; fails the test when it rejects with something else or resolves. */
export async function rejectedToolError(p: Promise<unknown>): Promise<ToolError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ToolError) return e;
    throw e;
  }
  throw new Error('expected a ToolError');
}
