// The one face of observability the server calls: `toolCall` around each tool call (at the MCP
// boundary) and `awsRequest` around each AWS HTTP request (in the executor). Off by default: the
// no-op below runs the work and nothing else, and no OpenTelemetry module is loaded. When the
// standard OTEL_* variables ask for it, otel.ts (the SDK and the OTLP exporters) is imported in
// the background, so starting the server never waits for it.

import type { Logger } from '../logging/logger.js';

/** What a tool call is known by before it runs. */
export interface ToolCallInfo {
  readonly tool: string;
  /** principalKey of who calls. */
  readonly principal: string;
  readonly input: unknown;
  /** The request's `_meta`: a W3C `traceparent` (and `tracestate`) there parents the span. */
  readonly meta?: Readonly<Record<string, unknown>>;
}

/** The MCP result a tool call ended with (CallToolResult, structurally). */
export interface ToolCallResultLike {
  readonly isError?: boolean;
  readonly structuredContent?: unknown;
}

export interface AwsRequestInfo {
  readonly service: string;
  readonly operation: string;
  readonly region: string;
  readonly attempt: number;
}

/** Names the resource, the tracer and the meter. */
export interface ServiceIdentity {
  readonly name: string;
  readonly version: string;
}

export interface Telemetry {
  toolCall<R extends ToolCallResultLike>(info: ToolCallInfo, run: () => Promise<R>): Promise<R>;
  awsRequest<R extends { readonly statusCode?: number }>(
    info: AwsRequestInfo,
    run: () => Promise<R>,
  ): Promise<R>;
  /** Exports what is buffered and stops (at shutdown). */
  shutdown(): Promise<void>;
}

export const NO_TELEMETRY: Telemetry = {
  toolCall: (_info, run) => run(),
  awsRequest: (_info, run) => run(),
  shutdown: async () => undefined,
};

let current: Telemetry = NO_TELEMETRY;

/** The telemetry in use (the no-op unless enabled at start). */
export function telemetry(): Telemetry {
  return current;
}

type Env = Readonly<Record<string, string | undefined>>;

const set = (v: string | undefined): boolean => v !== undefined && v.trim() !== '';

/** On when an OTLP exporter or endpoint is named (OTEL_SDK_DISABLED=true wins), as the SDKs read it. */
export function telemetryRequested(env: Env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  const exporters = [env.OTEL_TRACES_EXPORTER, env.OTEL_METRICS_EXPORTER].filter(set);
  if (exporters.some((e) => e!.split(',').some((name) => name.trim() !== 'none'))) return true;
  return [
    env.OTEL_EXPORTER_OTLP_ENDPOINT,
    env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT,
    env.OTEL_EXPORTER_OTLP_METRICS_ENDPOINT,
  ].some(set);
}

/** Until the SDK has loaded, calls wait for it (once, milliseconds); a failed load is the no-op. */
function lazy(loading: Promise<Telemetry>): Telemetry {
  return {
    toolCall: async (info, run) => (await loading).toolCall(info, run),
    awsRequest: async (info, run) => (await loading).awsRequest(info, run),
    shutdown: async () => (await loading).shutdown(),
  };
}

/** Starts loading OpenTelemetry when the environment asks for it; otherwise nothing at all. */
export function startTelemetry(env: Env, logger: Logger, us: ServiceIdentity): void {
  if (!telemetryRequested(env)) return;
  const loading = import('./otel.js')
    .then((m) => m.startOtel(env, logger, us))
    .catch((e: unknown) => {
      logger.error('OpenTelemetry could not start; continuing without it', {
        error: e instanceof Error ? e.message : String(e),
      });
      return NO_TELEMETRY;
    });
  current = lazy(loading);
}
