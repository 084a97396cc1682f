// Builds the catalog data from a model tree: parse each service model once, extract its entries,
// drop the model. This is the cold path (hundreds of files, ~150 MB of JSON), so nothing of a
// parsed model outlives its iteration.

import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ModelTree } from '../model/model-tree.js';
import { ServiceModel } from '../model/service-model.js';
import type { OperationEntry, ServiceEntry } from './types.js';
import { assignAliases } from './aliases.js';
import {
  CATALOG_SCHEMA_VERSION,
  type CatalogData,
  type CatalogLogger,
  type ReadModel,
  type UnavailableService,
} from './data-format.js';
import { extractService, type ServiceFacts } from './extract.js';
import { canonicalServiceId } from './names.js';
import * as riskRules from './data/risk-rules.js';
import * as serviceNames from './data/service-names.js';

const DERIVATION_DATA = JSON.stringify({ risk: riskRules, names: serviceNames }, (_k, v: unknown) =>
  v instanceof RegExp ? v.source : v,
);

/**
 * Identifies the model files a catalog was built from and the data tables it was derived with,
 * so editing a table (a new sensitive operation, an alias) invalidates old caches by itself.
 */
export function treeFingerprint(tree: ModelTree): string {
  const h = createHash('sha256');
  h.update(DERIVATION_DATA);
  for (const f of tree.files) h.update(`${f.directory}/${f.version}\n`);
  return h.digest('hex').slice(0, 16);
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Parses every model of the tree once and returns the catalog data (the cold path). */
export async function buildCatalog(
  tree: ModelTree,
  readModel: ReadModel,
  logger?: CatalogLogger,
): Promise<CatalogData> {
  const facts: ServiceFacts[] = [];
  const opsByService = new Map<string, OperationEntry[]>();
  const unavailable: UnavailableService[] = [];
  for (const ref of tree.files) {
    // One model per turn of the event loop: a server building its first catalog keeps answering
    // (initialize, tools/list, progress) between files, instead of after the whole build.
    await nextTurn();
    const id = canonicalServiceId(ref.directory);
    if (opsByService.has(id)) {
      logger?.warn('catalog: two model directories map to one service id; keeping the first', {
        service: id,
        directory: ref.directory,
      });
      continue;
    }
    const rel = path.relative(tree.root, ref.path).split(path.sep).join('/');
    let model: ServiceModel;
    try {
      model = new ServiceModel(await readModel(ref.path));
    } catch (e) {
      // one broken file must not take every other service down with it, nor lend its name
      logger?.error('catalog: skipping unreadable service model', {
        directory: ref.directory,
        file: rel,
        error: e instanceof Error ? e.message : String(e),
      });
      unavailable.push({ id, directory: ref.directory, modelPath: rel });
      continue;
    }
    const { service, operations } = extractService(model, ref, id, rel);
    facts.push(service);
    opsByService.set(id, operations);
  }
  const { aliases, ambiguous } = assignAliases(facts);
  const services: ServiceEntry[] = facts.map((f) => ({ ...f, aliases: aliases.get(f.id) ?? [] }));
  const operations: OperationEntry[] = [];
  for (const s of services) for (const op of opsByService.get(s.id) ?? []) operations.push(op);
  return {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    modelCommit: tree.commit,
    fingerprint: treeFingerprint(tree),
    services,
    operations,
    ambiguousNames: ambiguous,
    unavailable,
  };
}
