// The Catalog over built catalog data: listing, O(1) name resolution with did-you-mean errors,
// and lazily loaded full models behind a bounded LRU. Cached data is decoded lazily: the services
// on the first call that needs them (so a warm start does not pay for it up front), and each
// service's operations when that service is first asked about.

import path from 'node:path';
import { ToolError } from '../errors/tool-error.js';
import type { ModelTree } from '../model/model-tree.js';
import { ServiceModel } from '../model/service-model.js';
import type { Catalog, OperationEntry, ResolvedOperation, ServiceEntry } from './types.js';
import type { CatalogContent, CatalogData, CatalogLogger, ReadModel } from './data-format.js';
import { CatalogIndex, contentOf } from './catalog-index.js';
import { LruCache } from './lru.js';
import { compactName, isPlainName, lowerName, requirePlainName } from './names.js';
import { closestNames } from './suggest.js';

export interface CatalogOptions {
  readonly tree: ModelTree;
  readonly readModel: ReadModel;
  readonly lruSize: number;
  readonly logger?: CatalogLogger;
}

/** Catalog data now, or a loader that produces its content on first use (it may throw). */
export type CatalogSource = CatalogData | { readonly modelCommit: string; load(): CatalogContent };

const UNREADABLE_HINT = 'Restart the server: an unreadable catalog cache is discarded and rebuilt.';

const SEARCH_HINT = 'Call aws_search_operations with a few words describing the task to find it.';

export class ModelCatalog implements Catalog {
  readonly modelCommit: string;
  private index?: CatalogIndex;
  private pending?: () => CatalogContent;
  private readonly models: LruCache<string, Promise<ServiceModel>>;
  private readonly pathByDirectory: Map<string, string>;

  constructor(
    source: CatalogSource,
    private readonly opts: CatalogOptions,
  ) {
    this.modelCommit = source.modelCommit;
    if ('load' in source) this.pending = () => source.load();
    else this.index = new CatalogIndex(contentOf(source));
    this.models = new LruCache(opts.lruSize);
    this.pathByDirectory = new Map(opts.tree.files.map((f) => [f.directory, f.path]));
  }

  services(): readonly ServiceEntry[] {
    return this.ix().services;
  }

  operations(): readonly OperationEntry[] {
    return this.ix().operations;
  }

  operationsOf(serviceId: string): readonly OperationEntry[] {
    const s = this.findService(serviceId);
    return s ? this.ix().operationsOf(s.id) : [];
  }

  findService(name: string): ServiceEntry | undefined {
    return isPlainName(name) ? this.ix().findService(name) : undefined;
  }

  resolveService(name: string): ServiceEntry {
    requirePlainName(name, 'service name');
    const ix = this.ix();
    const broken = ix.unavailable(name);
    if (broken) {
      throw new ToolError(
        'ModelUnavailable',
        `The model of service "${broken.id}" (${broken.modelPath}) could not be read.`,
        {
          hint: 'Re-sync the models (aws-tool-mcp sync) or check SMITHY_MODEL_PATH; the server log has the error.',
          details: { service: broken.id, file: broken.modelPath },
        },
      );
    }
    const found = ix.findService(name);
    if (found) return found;
    const key = lowerName(name);
    const claimants = ix.ambiguous[key] ?? ix.ambiguous[compactName(key)];
    if (claimants) {
      throw new ToolError('UnknownService', `"${name}" could mean several AWS services.`, {
        hint: `Use one of the service ids: ${claimants.join(', ')}.`,
        details: { service: name, suggestions: [...claimants] },
      });
    }
    const suggestions = closestNames(name, ix.serviceNames());
    throw new ToolError('UnknownService', `Unknown AWS service "${name}".`, {
      hint:
        (suggestions.length > 0 ? `Did you mean ${suggestions.join(', ')}? ` : '') +
        'Use the AWS CLI service name (e.g. "s3", "logs", "stepfunctions"). ' +
        SEARCH_HINT,
      details: { service: name, suggestions },
    });
  }

  resolveOperation(service: string, operation: string): ResolvedOperation {
    requirePlainName(service, 'service name');
    requirePlainName(operation, 'operation name');
    const ix = this.ix();
    const op = operation.trim();
    const given = service.trim() === '' ? undefined : this.resolveService(service);
    // the plain name first, so `batch get item` stays a dynamodb name even though `batch` is a service
    const direct = given && ix.operation(given.id, op);
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
      const hit = ix.operation(split.service.id, split.name);
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
      throw new ToolError(
        'ModelUnavailable',
        `The model of service "${entry.id}" (${entry.modelPath}) could not be loaded.`,
        {
          hint: 'Re-sync the models (aws-tool-mcp sync) or check SMITHY_MODEL_PATH.',
          details: { service: entry.id, file: entry.modelPath },
        },
      );
    }
  }

  /** Service ids whose full models are in memory, most recently used last. */
  loadedModels(): readonly string[] {
    return this.models.keys();
  }

  /** Names several services claim equally (name -> canonical ids); none of them resolves. */
  ambiguousNames(): Readonly<Record<string, readonly string[]>> {
    return this.ix().ambiguous;
  }

  /** True once the services are in memory (they load on first use after a warm open). */
  isLoaded(): boolean {
    return this.index !== undefined;
  }

  private ix(): CatalogIndex {
    if (this.index) return this.index;
    const load = this.pending;
    if (!load) throw new Error('catalog has neither data nor a loader');
    try {
      this.index = new CatalogIndex(this.guarded(load()));
    } catch (e) {
      throw this.unreadable(e);
    }
    this.pending = undefined; // drop the loader
    return this.index;
  }

  /** Content whose per-service reads fail as ModelUnavailable (logged), not as a raw error. */
  private guarded(content: CatalogContent): CatalogContent {
    return {
      head: content.head,
      operationsAt: (i) => {
        try {
          return content.operationsAt(i);
        } catch (e) {
          throw this.unreadable(e, content.head.services[i]?.id);
        }
      },
    };
  }

  private unreadable(e: unknown, service?: string): ToolError {
    this.opts.logger?.error('catalog: cached catalog data is unreadable', {
      ...(service ? { service } : {}),
      error: e instanceof Error ? e.message : String(e),
    });
    return new ToolError('ModelUnavailable', 'The operation catalog could not be loaded.', {
      hint: UNREADABLE_HINT,
    });
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
      this.ix()
        .operationsOf(service.id)
        .map((o) => [o.name, o.name] as const),
    );
    return new ToolError('UnknownOperation', `Service "${service.id}" has no operation "${name}".`, {
      hint:
        (suggestions.length > 0 ? `Did you mean ${suggestions.join(', ')}? ` : '') +
        `Call aws_search_operations with serviceHint "${service.id}" to list its operations.`,
      details: { service: service.id, operation: name, suggestions },
    });
  }
}
