// Everything built on the models: sync, catalog, policy, shared state (audit, approvals) and the tools' services.
// Loaded on first use (main.ts imports it lazily), so answering `initialize` and `tools/list`
// never waits for these modules, the native SQLite addon or the model sync.

import { openAuditDatabase } from './audit/database.js';
import { pruneOnce, startRetention } from './audit/retention.js';
import { openCatalog } from './catalog/open.js';
import type { ModelCatalog } from './catalog/catalog.js';
import type { Config } from './config/load-config.js';
import { toolSettings } from './config/tool-settings.js';
import type { Logger } from './logging/logger.js';
import { readModelFile } from './model/source/read.js';
import { syncModels } from './model/source/sync.js';
import type { ModelTree } from './model/model-tree.js';
import { loadPolicy } from './policy/load.js';
import { RateLimiter } from './policy/rate-limit.js';
import { openState } from './state/open-state.js';
import type { StateStore } from './state/ports.js';

import type { Policy } from './policy/types.js';
import type { SearchIndex } from './search/types.js';
import { createTools } from './tools/all-tools.js';
import { createToolRuntime, type ToolRuntime } from './tools/runtime.js';
import type { ToolServices } from './tools/services.js';
import type { ToolDefinition } from './tools/tool-definition.js';

export { PolicyLoadError } from './policy/load.js';

export interface Models {
  readonly tree: ModelTree;
  readonly catalog: ModelCatalog;
}

/** Syncs (or finds) the models and opens the catalog for their commit; `progress` gets git's. */
export async function openModels(
  config: Config,
  logger: Logger,
  progress?: (chunk: string) => void,
): Promise<Models> {
  const sync = await syncModels({
    ...(progress ? { progress } : {}),
    autoSync: config.smithyAutoSync,
    syncUrl: config.smithySyncUrl,
    ref: config.smithySyncRef,
    modelPath: config.smithyModelPath,
    ...(config.smithyDefaultModelVersion ? { pinnedCommit: config.smithyDefaultModelVersion } : {}),
    logger,
  });
  for (const warning of sync.warnings) logger.warn(warning);
  const catalog = await openCatalog({
    tree: sync.tree,
    cacheDir: config.cacheDir,
    readModel: readModelFile,
    logger,
  });
  return { tree: sync.tree, catalog };
}

/** The search index, loaded once: on the first search, or earlier by `warm` while serving. */
interface LazySearch {
  readonly get: () => Promise<SearchIndex>;
  /**
   * Every task starts with a search: a server calls this once the models are open, so the first
   * search finds the index ready instead of paying the read and a cold first query. The index
   * load yields to the event loop (a tool call is not held up); the catalog's services are
   * decoded, and one discarded query warms the code. Never rejects: a failure is logged, and the
   * first search tries again.
   */
  readonly warm: () => Promise<void>;
}

function lazySearch(catalog: ModelCatalog, cacheDir: string, logger: Logger): LazySearch {
  let index: Promise<SearchIndex> | undefined;
  const load = (background: boolean): Promise<SearchIndex> =>
    (index ??= import('./search/search-index.js')
      .then(({ loadSearchIndex }) => loadSearchIndex(catalog, { cacheDir, logger, background }))
      .catch((e: unknown) => {
        index = undefined; // a failed build is retried by the next search, not remembered
        throw e;
      }));
  return {
    get: () => load(false),
    warm: async () => {
      const loop = (): Promise<unknown> => new Promise((resolve) => setImmediate(resolve));
      try {
        const ix = await load(true);
        await loop();
        // the catalog's services, for the other tools: 3-5 ms, since each service's operations
        // are decoded only when that service is first asked for
        catalog.services();
        await loop();
        ix.search({ query: 'list my s3 buckets' });
      } catch (e) {
        logger.warn('search: could not load the index ahead of the first search', {
          error: e instanceof Error ? e.message : String(e),
        });
      }
    },
  };
}

/** What the tools run on: the models and everything opened for them. */
export interface AppServices {
  readonly models: Models;
  readonly policy: Policy;
  readonly services: ToolServices;
  /** Approvals, nonces, sessions and the audit trail: SQLite or PostgreSQL (AWS_MCP_DATABASE_URL). */
  readonly state: StateStore;
  /** Rejects when the state store does not answer (the readiness probe's second half). */
  readonly stateReachable: () => Promise<void>;
  /** Loads the search index in the background, so the first search finds it ready (servers only). */
  readonly warmSearch: () => Promise<void>;
  readonly close: () => Promise<void>;
}

export interface App extends AppServices {
  readonly tools: readonly ToolDefinition[];
}

export async function openServices(
  config: Config,
  logger: Logger,
  progress?: (chunk: string) => void,
  runtime: ToolRuntime = createToolRuntime(),
): Promise<AppServices> {
  const models = await openModels(config, logger, progress);
  const policy = loadPolicy(config.policyPath, models.catalog);
  logger.info('policy loaded', { source: policy.source, mode: policy.mode, hash: policy.hash.slice(0, 12) });
  const state = await openState(config, logger);
  const search = lazySearch(models.catalog, config.cacheDir, logger);
  const services: ToolServices = {
    catalog: models.catalog,
    policy,
    search: search.get,
    approvals: state.approvals,
    audit: state.audit,
    // Counted in the state store: every instance (every process on this machine) shares the limits.
    rateLimiter: new RateLimiter(state.rateCounters),
    settings: toolSettings(config),
    logger,
    runtime,
  };
  // Reads the audit trail, so a store that lost its file, schema or server fails, not just a closed one.
  const stateReachable = async (): Promise<void> => void (await state.audit.list({ limit: 1 }));
  return {
    models,
    policy,
    services,
    state,
    stateReachable,
    warmSearch: search.warm,
    close: () => state.close(),
  };
}

/**
 * The background sweeps while serving. AWS_MCP_AUDIT_RETENTION_DAYS: pruning on a connection of
 * its own that never waits for a lock, so it cannot hold up the calls' writes, in the SQLite file
 * or in PostgreSQL (where every instance may prune: batches are taken with SKIP LOCKED). On
 * PostgreSQL, also the rate leases that lapsed (an instance died mid-call), whoever's they are.
 * (SQLite removes them in the rate counters' own once-a-minute purge.) Returns what stops them.
 */
export async function startSweeps(config: Config, logger: Logger): Promise<() => Promise<void>> {
  const days = config.auditRetentionDays;
  if (days !== undefined)
    logger.info('audit retention', { days, store: config.databaseUrl ? 'postgres' : 'sqlite' });
  if (config.databaseUrl) {
    const { startPostgresSweeps } = await import('./state/postgres/retention.js');
    return startPostgresSweeps(config.databaseUrl, { ...(days !== undefined ? { days } : {}), logger });
  }
  if (days === undefined) return async () => undefined;
  const db = openAuditDatabase(config.auditDbPath, { busyTimeoutMs: 0 });
  const stop = startRetention((cutoff, batch) => pruneOnce(db, cutoff, batch), { days, logger });
  return async () => {
    await stop();
    db.close();
  };
}

/** The services and the tools on them, for one-shot commands (cli search, schema). */
export async function buildApp(
  config: Config,
  logger: Logger,
  progress?: (chunk: string) => void,
): Promise<App> {
  const opened = await openServices(config, logger, progress);
  return { ...opened, tools: createTools(opened.services) };
}
