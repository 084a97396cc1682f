// The OpenTelemetry side, loaded only when enabled (telemetry.ts): a tracer provider with the
// OTLP/HTTP JSON span exporter and a meter provider with the OTLP/HTTP JSON metric exporter, both
// configured by the standard variables (OTEL_EXPORTER_OTLP_[TRACES_|METRICS_]ENDPOINT, _HEADERS,
// _TIMEOUT, OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES, OTEL_TRACES_SAMPLER, OTEL_BSP_*,
// OTEL_METRIC_EXPORT_INTERVAL). The span of a tool call is the active context while it runs, so
// the spans of its AWS requests are its children; a `traceparent` in the request's `_meta`
// (W3C Trace Context) parents it.

import {
  context,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import {
  defaultResource,
  detectResources,
  envDetector,
  resourceFromAttributes,
} from '@opentelemetry/resources';
import { MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Logger } from '../logging/logger.js';
import { callAttributes, type CallAttributes } from './call-attributes.js';
import { callMetrics, type CallMetrics } from './metrics.js';
import type { AwsRequestInfo, ServiceIdentity, Telemetry, ToolCallInfo } from './telemetry.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The longest a shutdown waits for the last spans and metrics to be exported. */
const SHUTDOWN_FLUSH_MS = 5_000;

/** Which signals to export: `otlp` (or unset with an endpoint) exports, `none` does not. */
function exporting(env: Env, signal: 'TRACES' | 'METRICS', logger: Logger): boolean {
  const named = env[`OTEL_${signal}_EXPORTER`]?.trim().toLowerCase();
  if (!named) return true;
  const names = named.split(',').map((n) => n.trim());
  const others = names.filter((n) => n !== 'otlp' && n !== 'none');
  if (others.length) logger.warn(`OTEL_${signal}_EXPORTER: only otlp is supported`, { ignored: others });
  return names.includes('otlp');
}

/** `_meta.traceparent` / `tracestate` (W3C Trace Context) as the parent, else a new trace. */
function parentOf(meta: ToolCallInfo['meta']): Context {
  const traceparent = meta?.traceparent;
  if (typeof traceparent !== 'string') return ROOT_CONTEXT;
  const carrier: Record<string, string> = { traceparent };
  if (typeof meta?.tracestate === 'string') carrier.tracestate = meta.tracestate;
  return new W3CTraceContextPropagator().extract(ROOT_CONTEXT, carrier, {
    get: (c, key) => c[key],
    keys: (c) => Object.keys(c),
  });
}

function spanAttributes(a: CallAttributes, durationMs: number): Attributes {
  return {
    'mcp.method.name': 'tools/call',
    'gen_ai.tool.name': a.tool,
    'enduser.id': a.principal,
    'aws_mcp.status': a.status,
    'aws_mcp.duration_ms': durationMs,
    ...(a.service ? { 'aws.service': a.service } : {}),
    ...(a.operation ? { 'aws.operation': a.operation } : {}),
    ...(a.region ? { 'cloud.region': a.region } : {}),
    ...(a.decision ? { 'aws_mcp.decision': a.decision } : {}),
    ...(a.approval ? { 'aws_mcp.approval': a.approval } : {}),
    ...(a.txId ? { 'aws_mcp.tx_id': a.txId } : {}),
  };
}

function resourceOf(us: ServiceIdentity) {
  const ours = resourceFromAttributes({ 'service.name': us.name, 'service.version': us.version });
  // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win over ours.
  return defaultResource()
    .merge(ours)
    .merge(detectResources({ detectors: [envDetector] }));
}

/** The exporters speak OTLP/HTTP with JSON bodies, which every OTLP/HTTP receiver accepts. */
function warnUnsupportedProtocol(env: Env, logger: Logger): void {
  for (const name of [
    'OTEL_EXPORTER_OTLP_PROTOCOL',
    'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL',
    'OTEL_EXPORTER_OTLP_METRICS_PROTOCOL',
  ]) {
    const value = env[name]?.trim();
    if (value && value !== 'http/json' && value !== 'http/protobuf') {
      logger.warn(`${name}=${value} is not supported: sending OTLP/HTTP JSON to the same endpoint`);
    }
  }
}

type Traced = Pick<Telemetry, 'toolCall' | 'awsRequest'>;

/** The two spans; `record` adds each to the metrics as it ends. */
function spans(tracer: Tracer, record: CallMetrics): Traced {
  return {
    toolCall: (info, run) => {
      const parent = parentOf(info.meta);
      const span = tracer.startSpan(`tools/call ${info.tool}`, { kind: SpanKind.SERVER }, parent);
      const started = performance.now();
      const finish = (result: Parameters<typeof callAttributes>[1]) => {
        const durationMs = performance.now() - started;
        const attributes = callAttributes(info, result);
        span.setAttributes(spanAttributes(attributes, durationMs));
        if (attributes.status !== 'ok')
          span.setStatus({ code: SpanStatusCode.ERROR, message: attributes.status });
        span.end();
        record.toolCall(attributes, durationMs);
      };
      // Active while the call runs: the AWS request spans started inside become its children.
      return context.with(trace.setSpan(parent, span), run).then(
        (result) => (finish(result), result),
        (e: unknown) => {
          finish({ isError: true });
          throw e;
        },
      );
    },
    awsRequest: (info, run) =>
      tracer.startActiveSpan(
        `${info.service}.${info.operation}`,
        { kind: SpanKind.CLIENT, attributes: requestAttributes(info) },
        async (span) => {
          const started = performance.now();
          try {
            const response = await run();
            if (response.statusCode !== undefined)
              span.setAttribute('http.response.status_code', response.statusCode);
            if ((response.statusCode ?? 0) >= 400) span.setStatus({ code: SpanStatusCode.ERROR });
            return response;
          } catch (e) {
            span.setStatus({ code: SpanStatusCode.ERROR, message: (e as { code?: string }).code ?? 'error' });
            throw e;
          } finally {
            const durationMs = performance.now() - started;
            span.setAttribute('aws_mcp.duration_ms', durationMs);
            span.end();
            record.awsRequest(info, durationMs);
          }
        },
      ),
  };
}

function requestAttributes(info: AwsRequestInfo): Attributes {
  return {
    'rpc.system': 'aws-api',
    'rpc.service': info.service,
    'rpc.method': info.operation,
    'aws.service': info.service,
    'aws.operation': info.operation,
    'cloud.region': info.region,
    'aws_mcp.attempt': info.attempt,
  };
}

export function startOtel(env: Env, logger: Logger, us: ServiceIdentity): Telemetry {
  warnUnsupportedProtocol(env, logger);
  const resource = resourceOf(us);
  const traces = exporting(env, 'TRACES', logger);
  const tracerProvider = new NodeTracerProvider({
    resource,
    spanProcessors: traces ? [new BatchSpanProcessor(new OTLPTraceExporter())] : [],
  });
  tracerProvider.register(); // the async context manager: AWS request spans find their call's
  const meterProvider = exporting(env, 'METRICS', logger)
    ? new MeterProvider({
        resource,
        readers: [
          new PeriodicExportingMetricReader({
            exporter: new OTLPMetricExporter(),
            exportIntervalMillis: Number(env.OTEL_METRIC_EXPORT_INTERVAL) || 60_000,
          }),
        ],
      })
    : undefined;
  const tracer = tracerProvider.getTracer(us.name, us.version);
  const record = callMetrics(meterProvider?.getMeter(us.name, us.version));
  logger.info('OpenTelemetry on', { traces, metrics: meterProvider !== undefined });
  return {
    ...spans(tracer, record),
    // Bounded: an unreachable collector must not hold the exit past the orchestrator's patience.
    shutdown: async () => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, SHUTDOWN_FLUSH_MS)));
      await Promise.race([Promise.allSettled([tracerProvider.shutdown(), meterProvider?.shutdown()]), late]);
      clearTimeout(timer);
    },
  };
}
