// The Catalog over built catalog data: listing, O(1) name resolution with did-you-mean errors,
// and lazily loaded full models behind a bounded LRU.

import path from 'node:path';
import { ToolError } from '../errors/tool-error.js';
import type { ModelTree } from '../model/model-tree.js';
import { ServiceModel } from '../model/service-model.js';
import type { Catalog, OperationEntry, ResolvedOperation, ServiceEntry } from './types.js';
import type { CatalogData, CatalogLogger, ReadModel } from './data-format.js';
import { LruCache } from './lru.js';
import { compactName, lowerName } from './names.js';
import { closestNames } from './suggest.js';

export interface CatalogOptions {
  readonly tree: ModelTree;
  readonly readModel: ReadModel;
  readonly lruSize: number;
  readonly logger?: CatalogLogger;
}

const SEARCH_HINT = 'Call aws_search_operations with a few words describing the task to find it.';

export class ModelCatalog implements Catalog {
  readonly modelCommit: string;
  private readonly serviceList: readonly ServiceEntry[];
  private readonly operationList: readonly OperationEntry[];
  private readonly byName = new Map<string, ServiceEntry>();
  private readonly opsOf = new Map<string, OperationEntry[]>();
  private readonly opIndex = new Map<string, Map<string, OperationEntry>>();
  private readonly ambiguous: Readonly<Record<string, readonly string[]>>;
  private readonly models: LruCache<string, Promise<ServiceModel>>;
  private readonly pathByDirectory: Map<string, string>;

  constructor(
    data: CatalogData,
    private readonly opts: CatalogOptions,
  ) {
    this.modelCommit = data.modelCommit;
    this.serviceList = data.services;
    this.operationList = data.operations;
    this.ambiguous = data.ambiguousNames;
    for (const s of data.services) {
      this.opsOf.set(s.id, []);
      for (const a of s.aliases) this.byName.set(a, s);
    }
    // canonical ids last: they must win even over a corrupted alias list
    for (const s of data.services) this.byName.set(s.id, s);
    for (const op of data.operations) this.opsOf.get(op.service)?.push(op);
    this.models = new LruCache(opts.lruSize);
    this.pathByDirectory = new Map(opts.tree.files.map((f) => [f.directory, f.path]));
  }

  services(): readonly ServiceEntry[] {
    return this.serviceList;
  }

  operations(): readonly OperationEntry[] {
    return this.operationList;
  }

  operationsOf(serviceId: string): readonly OperationEntry[] {
    const s = this.findService(serviceId);
    return s ? (this.opsOf.get(s.id) ?? []) : [];
  }

  findService(name: string): ServiceEntry | undefined {
    const key = lowerName(name);
    return this.byName.get(key) ?? this.byName.get(compactName(key));
  }

  resolveService(name: string): ServiceEntry {
    const found = this.findService(name);
    if (found) return found;
    const key = lowerName(name);
    const claimants = this.ambiguous[key] ?? this.ambiguous[compactName(key)];
    if (claimants) {
      throw new ToolError('UnknownService', `"${name}" could mean several AWS services.`, {
        hint: `Use one of the service ids: ${claimants.join(', ')}.`,
        details: { service: name, suggestions: [...claimants] },
      });
    }
    const suggestions = closestNames(name, this.serviceNames());
    throw new ToolError('UnknownService', `Unknown AWS service "${name}".`, {
      hint:
        (suggestions.length > 0 ? `Did you mean ${suggestions.join(', ')}? ` : '') +
        'Use the AWS CLI service name (e.g. "s3", "logs", "stepfunctions"). ' +
        SEARCH_HINT,
      details: { service: name, suggestions },
    });
  }

  resolveOperation(service: string, operation: string): ResolvedOperation {
    const op = operation.trim();
    const given = service.trim() === '' ? undefined : this.resolveService(service);
    // the plain name first, so `batch get item` stays a dynamodb name even though `batch` is a service
    const direct = given && this.operationIndex(given.id).get(compactName(op));
    if (given && direct) return { service: given, operation: direct };
    const split = this.splitServicePrefix(op);
    if (split) {
      if (given && given.id !== split.service.id) {
        throw new ToolError(
          'UnknownOperation',
          `Operation "${op}" names service "${split.service.id}", not "${given.id}".`,
          {
            hint: `Pass service "${split.service.id}" or drop the prefix from the operation name.`,
            details: { service: given.id, operation: op, suggestions: [] },
          },
        );
      }
      const hit = this.operationIndex(split.service.id).get(compactName(split.name));
      if (hit) return { service: split.service, operation: hit };
      throw this.unknownOperation(split.service, split.name);
    }
    if (!given) return this.resolveOperation(this.resolveService(service).id, op); // throws UnknownService
    throw this.unknownOperation(given, op);
  }

  async loadModel(serviceId: string): Promise<ServiceModel> {
    const entry = this.resolveService(serviceId);
    const cached = this.models.get(entry.id);
    if (cached) return cached;
    const file = this.pathByDirectory.get(entry.directory) ?? path.join(this.opts.tree.root, entry.modelPath);
    const loading = (async () => new ServiceModel(await this.opts.readModel(file)))();
    this.models.set(entry.id, loading);
    try {
      return await loading;
    } catch (e) {
      this.models.delete(entry.id);
      this.opts.logger?.error('catalog: cannot load service model', {
        service: entry.id,
        error: e instanceof Error ? e.message : String(e),
      });
      throw new ToolError('ModelUnavailable', `The model of service "${entry.id}" could not be loaded.`, {
        hint: 'Re-sync the models (aws-tool-mcp sync) or check SMITHY_MODEL_PATH.',
        details: { service: entry.id },
      });
    }
  }

  /** Service ids whose full models are in memory, most recently used last. */
  loadedModels(): readonly string[] {
    return this.models.keys();
  }

  /** Splits `s3:ListBuckets`, `s3api list-buckets`, `aws s3api list-buckets` into service and name. */
  private splitServicePrefix(op: string): { service: ServiceEntry; name: string } | undefined {
    const colon = op.indexOf(':');
    if (colon > 0) {
      const service = this.findService(op.slice(0, colon));
      return service ? { service, name: op.slice(colon + 1).trim() } : undefined;
    }
    const words = op.split(/\s+/).filter((w) => w.toLowerCase() !== 'aws');
    if (words.length < 2) return undefined;
    const service = this.findService(words[0]!);
    return service ? { service, name: words.slice(1).join(' ') } : undefined;
  }

  private unknownOperation(service: ServiceEntry, name: string): ToolError {
    const suggestions = closestNames(
      name,
      (this.opsOf.get(service.id) ?? []).map((o) => [o.name, o.name] as const),
    );
    return new ToolError('UnknownOperation', `Service "${service.id}" has no operation "${name}".`, {
      hint:
        (suggestions.length > 0 ? `Did you mean ${suggestions.join(', ')}? ` : '') +
        `Call aws_search_operations with serviceHint "${service.id}" to list its operations.`,
      details: { service: service.id, operation: name, suggestions },
    });
  }

  private operationIndex(serviceId: string): Map<string, OperationEntry> {
    let index = this.opIndex.get(serviceId);
    if (!index) {
      index = new Map();
      for (const op of this.opsOf.get(serviceId) ?? []) index.set(compactName(op.name), op);
      this.opIndex.set(serviceId, index);
    }
    return index;
  }

  private *serviceNames(): Iterable<readonly [string, string]> {
    for (const s of this.serviceList) {
      yield [s.id, s.id];
      for (const a of s.aliases) yield [a, s.id];
    }
  }
}
