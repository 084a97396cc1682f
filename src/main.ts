// Composition root: config -> (in the background) models, catalog, policy, stores -> tools -> MCP.
// The only module (with cli/) that reads Config; everything below receives plain values.
// Serving starts at once: `initialize` and `tools/list` need only the tool definitions, so the
// model sync and every module built on the models load behind a gate the tool calls wait on.

import path from 'node:path';
import type { App, AppServices, Models } from './app.js';
import { ConfigError, loadConfig, type Config } from './config/load-config.js';
import { ToolError } from './errors/tool-error.js';
import { createStderrLogger, type Logger } from './logging/logger.js';
import { httpExposure } from './mcp/http-exposure.js';
import { HttpOps, type Readiness } from './mcp/http-ops.js';
import { CANCEL_SETTLE_MS, InFlightCalls } from './mcp/in-flight.js';
import { exitOnSignals, gracefulShutdown } from './mcp/lifecycle.js';
import type { ServerIdentity } from './mcp/server.js';
import { answersFor, readStartupAnswers } from './mcp/startup-answers.js';
import { startStdioPrelude, type StdioHandoff } from './mcp/stdio-prelude.js';
import type { RunningTransport } from './mcp/transports.js';
import { holdYoungGeneration } from './mcp/young-generation.js';
import { inspectLocal } from './model/source/local-state.js';
import { startTelemetry, telemetry } from './telemetry/telemetry.js';
import { ModelsGate } from './tools/models-gate.js';
import type { ToolServices, ToolSettings } from './tools/services.js';
import { SERVER_NAME, SERVER_VERSION } from './config/product.js';
export type { App, AppServices, Models } from './app.js';
export { SERVER_NAME, SERVER_VERSION };

/** A first clone from GitHub takes about a minute; anything else a few seconds. */
const FIRST_CLONE_MS = 60_000;
const WARM_OPEN_MS = 5_000;
/** On a warm start, when to open the models if no tool call has asked for them yet. */
const OPEN_AFTER_MS = 1_000;

/** Syncs (or finds) the models and opens the catalog for their commit; `progress` gets git's. */
export async function openModels(
  config: Config,
  logger: Logger,
  progress?: (chunk: string) => void,
): Promise<Models> {
  return (await import('./app.js')).openModels(config, logger, progress);
}

/** The services and the tools on them, opened now (for one-shot commands). */
export async function buildApp(
  config: Config,
  logger: Logger,
  progress?: (chunk: string) => void,
): Promise<App> {
  return (await import('./app.js')).buildApp(config, logger, progress);
}

/** Opens everything the tools run on; an invalid policy fails closed with the reasons. `loaded`: once the index is in too. */
async function openForServing(config: Config, logger: Logger, loaded: () => void): Promise<AppServices> {
  const { openServices, PolicyLoadError, startSweeps } = await import('./app.js');
  try {
    const opened = await openServices(config, logger);
    logger.info('models ready', { commit: opened.models.tree.commit });
    const stopRetention = await startSweeps(config, logger);
    setImmediate(() => void opened.warmSearch().finally(loaded)); // never rejects: a failure is logged
    return { ...opened, close: async () => (await stopRetention(), await opened.close()) };
  } catch (e) {
    loaded();
    logger.error('could not open the models, policy or audit store', {
      error: e instanceof Error ? e.message : String(e),
    });
    if (!(e instanceof PolicyLoadError)) throw e;
    throw new ToolError('PolicyDenied', 'The policy file is invalid, so nothing runs until it is fixed.', {
      hint: e.message,
    });
  }
}

/** Tool services whose model-bound parts exist once the gate has opened (tools wait on it). */
function lateServices(settings: ToolSettings, logger: Logger, gate: ModelsGate<AppServices>): ToolServices {
  const opened = (): ToolServices => gate.current().services;
  return {
    get catalog() {
      return opened().catalog;
    },
    get policy() {
      return opened().policy;
    },
    search: () => opened().search(),
    get approvals() {
      return opened().approvals;
    },
    get audit() {
      return opened().audit;
    },
    get runtime() {
      return opened().runtime;
    },
    get rateLimiter() {
      return opened().rateLimiter;
    },
    settings,
    logger,
  };
}

/** The commit in use: the opened one, else what is on disk now (read from files), else syncing. */
function identity(config: Config, gate: ModelsGate<AppServices>): ServerIdentity {
  const onDisk = commitOnDisk(config);
  return {
    name: SERVER_NAME,
    version: SERVER_VERSION,
    get modelCommit() {
      return gate.ready?.models.tree.commit ?? onDisk ?? 'syncing';
    },
  };
}

/** The models' commit on disk, read from files only (no git process). */
function commitOnDisk(config: Config): string | undefined {
  const local = inspectLocal(path.resolve(config.smithyModelPath));
  return local.kind === 'ready' ? local.commit : undefined;
}

/**
 * What serving needs beyond the first answers: the MCP SDK, zod (the tools' schemas) and yaml
 * (the policy's mode), loaded once the stdio prelude has answered `initialize` and `tools/list`.
 */
async function servingModules() {
  const [
    { createMcpServerFactory },
    { startHttp, startStdio },
    { ApprovalNonces },
    { createTools },
    { toolSettings },
  ] = await Promise.all([
    import('./mcp/server.js'),
    import('./mcp/transports.js'),
    import('./mcp/approval-port.js'),
    import('./tools/all-tools.js'),
    import('./config/tool-settings.js'),
  ]);
  return { createMcpServerFactory, startHttp, startStdio, ApprovalNonces, createTools, toolSettings };
}

/** Where the HTTP transport listens, its request limits, and the OAuth resource server it is when issuers are set. */
function httpBind(config: Config) {
  const auth = config.authIssuers.length
    ? {
        settings: {
          issuers: config.authIssuers,
          requiredScopes: config.authRequiredScopes,
          groupsClaim: config.authGroupsClaim,
          ...(config.authAudience ? { audience: config.authAudience } : {}),
        },
        ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
      }
    : undefined;
  const limits = {
    maxHeaderBytes: config.httpMaxHeaderBytes,
    maxBodyBytes: config.httpMaxBodyBytes,
    headersTimeoutMs: config.httpHeadersTimeoutSeconds * 1000,
    requestTimeoutMs: config.httpRequestTimeoutSeconds * 1000,
    keepAliveTimeoutMs: config.httpKeepAliveTimeoutSeconds * 1000,
  };
  return { host: config.httpHost, port: config.httpPort, limits, ...(auth ? { auth } : {}) };
}

/**
 * What HTTP shares with the other instances through the state store (it opens with the models):
 * pending approvals for `GET/POST /approvals`, and 2025-era sessions, so any instance serves them.
 */
function sharedState(config: Config, gate: ModelsGate<AppServices>) {
  return {
    approvals: () => gate.ready?.state.approvals,
    sessions: { state: () => gate.ready?.state, idleMs: config.httpSessionIdleSeconds * 1000 },
  };
}

/** `/readyz`: the models are loaded and the state store answers a trivial query. */
function readiness(gate: ModelsGate<AppServices>): () => Promise<Readiness> {
  return async () => {
    const opened = gate.ready;
    if (!opened) return { ready: false, reason: 'models-loading' };
    try {
      await opened.stateReachable();
      return { ready: true };
    } catch {
      return { ready: false, reason: 'state-unavailable' };
    }
  };
}

function exposureOf(config: Config) {
  return httpExposure({
    host: config.httpHost,
    allowedHosts: config.httpAllowedHosts,
    allowedOrigins: config.httpAllowedOrigins,
    allowUnauthenticated: config.httpAllowUnauthenticated,
    authenticated: config.authIssuers.length > 0,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  });
}

/** `stdin`: where a stdio prelude left the connection (startStdioPrelude); the process's stdin if none. */
export async function serve(config: Config, logger: Logger, stdin?: StdioHandoff): Promise<RunningTransport> {
  // Refused before anything is loaded: a bind the operator did not secure never starts.
  const exposure = config.transport === 'http' ? exposureOf(config) : undefined;
  // OTEL_* in the environment: the SDK loads in the background (nothing at all when unset).
  startTelemetry(process.env, logger, { name: SERVER_NAME, version: SERVER_VERSION });
  const firstClone = inspectLocal(path.resolve(config.smithyModelPath)).kind !== 'ready';
  // A warm start keeps V8's nursery small until the models and the index are in (module says why).
  const loaded = holdYoungGeneration(!firstClone, process.execArgv, process.env.NODE_OPTIONS);
  const { createMcpServerFactory, startHttp, startStdio, ApprovalNonces, createTools, toolSettings } =
    await servingModules();
  const gate = new ModelsGate({
    open: () => openForServing(config, logger, loaded),
    expectedMs: firstClone ? FIRST_CLONE_MS : WARM_OPEN_MS,
  });
  const inFlight = new InFlightCalls();
  const tools = createTools(lateServices(toolSettings(config), logger, gate)).map((tool) =>
    inFlight.tracked(gate.gated(tool)),
  );
  const factory = createMcpServerFactory({
    tools,
    naming: config.toolNames,
    identity: identity(config, gate),
    logger,
    // A question is asked from a tool call, which waits for the gate: the store is open by then.
    approvalNonces: new ApprovalNonces(
      config.approvalPromptTimeoutSeconds * 1000,
      () => gate.current().state,
    ),
  });
  const graceMs = config.shutdownGraceSeconds * 1000;
  const ops = exposure ? new HttpOps({ readiness: readiness(gate) }) : undefined;
  const transport = exposure
    ? await startHttp(
        factory('http'),
        { ...httpBind(config), ...sharedState(config, gate), exposure, ops },
        logger,
      )
    : startStdio(
        factory('stdio'),
        logger,
        async () => {
          logger.info('input ended', { inFlight: inFlight.size });
          await inFlight.drain(graceMs, CANCEL_SETTLE_MS);
        },
        stdin,
      );
  logger.info('serving', { transport: config.transport, tools: tools.map((t) => t.names[config.toolNames]) });
  // A first clone starts at once, and so does a start whose stdio prelude has already answered
  // `initialize` and `tools/list`. Otherwise opening waits until the host has had them (or the
  // first tool call starts it): ~1 MB of modules and the SQLite addon must not delay them.
  const answered = (stdin?.answered.size ?? 0) >= 2;
  setTimeout(() => void gate.start(), firstClone || answered ? 0 : OPEN_AFTER_MS).unref();
  const shutdown = gracefulShutdown({
    inFlight,
    ...(ops ? { ops } : {}),
    transport,
    closeStores: async () => {
      await gate.ready?.close();
      await telemetry().shutdown(); // exports the spans and metrics still buffered
    },
    graceMs,
    logger,
  });
  exitOnSignals(shutdown, logger);
  return { ...transport, close: () => shutdown('close') };
}

/** What MCP hosts run (`aws-tool-mcp` with no arguments): serve over stdio from the environment. */
export async function serveFromEnvironment(): Promise<number | undefined> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) return (process.stderr.write(`${e.message}\n`), 2);
    throw e;
  }
  const logger = createStderrLogger(config.logLevel);
  await serve(config, logger, config.transport === 'stdio' ? await stdioPrelude(config) : undefined);
  return undefined;
}

/**
 * Answers the host's `initialize` and `tools/list` from the answers this build recorded
 * (dist/startup-answers.json), before the SDK loads; resolves when the SDK should take over.
 * Without the file (running from source) or without answers for these settings: no prelude.
 */
async function stdioPrelude(config: Config): Promise<StdioHandoff | undefined> {
  const file = readStartupAnswers(new URL('./startup-answers.json', import.meta.url), SERVER_VERSION);
  if (!file) return undefined;
  // No policy file is the built-in read-only policy; a file's mode is read as serving reads it.
  const policyMode =
    config.policyPath === undefined
      ? 'read-only'
      : (await import('./policy/peek-mode.js')).peekPolicyMode(config.policyPath);
  const answers = answersFor(file, {
    naming: config.toolNames,
    policyMode,
    modelCommit: commitOnDisk(config) ?? 'syncing',
  });
  return answers && startStdioPrelude(process.stdin, process.stdout, answers);
}
