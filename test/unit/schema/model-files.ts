// Test helper: the service model files of the test bundle (newest version per service directory),
// loaded through the real ServiceModel view.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ModelFile } from '../../../src/model/ast.js';
import { ServiceModel } from '../../../src/model/service-model.js';
import { TEST_MODELS_DIR } from '../../helpers/paths.js';

/** `<dir>/service/<version>/<file>.json` for every service dir, newest version. */
export function modelFiles(root: string = TEST_MODELS_DIR): { service: string; file: string }[] {
  const out: { service: string; file: string }[] = [];
  for (const service of readdirSync(root).sort()) {
    const dir = path.join(root, service, 'service');
    let versions: string[];
    try {
      versions = readdirSync(dir).sort();
    } catch {
      continue; // LICENSE, NOTICE, .git
    }
    const version = versions.at(-1);
    if (!version) continue;
    const file = readdirSync(path.join(dir, version)).find((f) => f.endsWith('.json'));
    if (file) out.push({ service, file: path.join(dir, version, file) });
  }
  return out;
}

export function loadModel(file: string): ServiceModel {
  return new ServiceModel(JSON.parse(readFileSync(file, 'utf8')) as ModelFile);
}

export function loadService(service: string): ServiceModel {
  const entry = modelFiles().find((m) => m.service === service);
  if (!entry) throw new Error(`no model for ${service}`);
  return loadModel(entry.file);
}
