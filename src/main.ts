// Composition root: config -> models -> catalog -> policy -> stores -> tools -> MCP server.
// The only module (with cli/) that reads Config; everything below receives plain values.

import { ApprovalStore } from './approval/token-store.js';
import { AuditStore } from './audit/audit-store.js';
import { openAuditDatabase } from './audit/database.js';
import { openCatalog } from './catalog/open.js';
import type { ModelCatalog } from './catalog/catalog.js';
import type { Config } from './config/load-config.js';
import type { Logger } from './logging/logger.js';
import { ApprovalNonces } from './mcp/approval-port.js';
import { createMcpServerFactory } from './mcp/server.js';
import { startHttp, startStdio, type RunningTransport } from './mcp/transports.js';
import { readModelFile } from './model/source/read.js';
import { syncModels } from './model/source/sync.js';
import type { ModelTree } from './model/model-tree.js';
import { loadPolicy } from './policy/load.js';
import type { Policy } from './policy/types.js';
import type { SearchIndex } from './search/types.js';
import { executeTool } from './tools/execute.js';
import { getOperationSchemaTool } from './tools/get-operation-schema.js';
import { searchOperationsTool } from './tools/search-operations.js';
import type { ToolServices } from './tools/services.js';
import type { ToolDefinition } from './tools/tool-definition.js';

export const SERVER_NAME = 'aws-tool-mcp';
export const SERVER_VERSION = '0.1.0';

export interface Models {
  readonly tree: ModelTree;
  readonly catalog: ModelCatalog;
}

/** Syncs (or finds) the models and opens the catalog for their commit. */
export async function openModels(config: Config, logger: Logger): Promise<Models> {
  const sync = await syncModels({
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

/** A lazily loaded search index (from its cache file, built on a miss): the first search pays. */
function lazySearch(catalog: ModelCatalog, cacheDir: string, logger: Logger): () => Promise<SearchIndex> {
  let index: Promise<SearchIndex> | undefined;
  return () =>
    (index ??= import('./search/search-index.js')
      .then(({ loadSearchIndex }) => loadSearchIndex(catalog, { cacheDir, logger }))
      .catch((e: unknown) => {
        index = undefined; // a failed build is retried by the next search, not remembered
        throw e;
      }));
}

export interface App {
  readonly models: Models;
  readonly policy: Policy;
  readonly services: ToolServices;
  readonly tools: readonly ToolDefinition[];
  readonly close: () => void;
}

export async function buildApp(config: Config, logger: Logger): Promise<App> {
  const models = await openModels(config, logger);
  const policy = loadPolicy(config.policyPath, models.catalog);
  logger.info('policy loaded', { source: policy.source, mode: policy.mode, hash: policy.hash.slice(0, 12) });
  const db = openAuditDatabase(config.auditDbPath);
  const services: ToolServices = {
    catalog: models.catalog,
    policy,
    search: lazySearch(models.catalog, config.cacheDir, logger),
    approvals: new ApprovalStore(db),
    audit: new AuditStore(db, { logger }),
    settings: {
      defaultRegion: config.region,
      ...(config.profile ? { profile: config.profile } : {}),
      maxOutputCharacters: config.maxOutputCharacters,
      maxAttempts: config.maxAttempts,
      autoApproveDestructive: config.autoApproveDestructive,
      endpointOverrides: config.endpointOverrides,
    },
    logger,
  };
  const tools = [searchOperationsTool(services), getOperationSchemaTool(services), executeTool(services)];
  return { models, policy, services, tools, close: () => db.close() };
}

export async function serve(config: Config, logger: Logger): Promise<RunningTransport> {
  const app = await buildApp(config, logger);
  const factory = createMcpServerFactory({
    tools: app.tools,
    naming: config.toolNames,
    identity: { name: SERVER_NAME, version: SERVER_VERSION, modelCommit: app.models.tree.commit },
    logger,
    approvalNonces: new ApprovalNonces(),
  });
  const transport =
    config.transport === 'http'
      ? await startHttp(factory, { host: config.httpHost, port: config.httpPort }, logger)
      : startStdio(factory, logger);
  logger.info('serving', {
    transport: config.transport,
    tools: app.tools.map((t) => t.names[config.toolNames]),
  });
  return {
    ...transport,
    close: async () => {
      await transport.close();
      app.close();
    },
  };
}
