// OpenTelemetry as an operator turns it on: the standard OTEL_* variables point the built server
// at an OTLP/HTTP receiver (this test's, on port 0, reading the JSON encoding). A tool call whose
// request carries a W3C `traceparent` in `_meta` becomes a span of that trace, with a child span
// per AWS request; a denied call says so; the metrics count calls and denials and time them.
// Everything buffered is exported when the server stops (SIGTERM).

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHeldAws, type HeldAws } from '../helpers/held-aws.js';
import { startHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { requireBuild, serverEnv } from '../helpers/server-env.js';

interface Receiver {
  readonly url: string;
  readonly spans: any[];
  readonly metrics: any[];
  close(): Promise<void>;
}

/** An OTLP/HTTP receiver: JSON bodies on /v1/traces and /v1/metrics, kept as they came. */
async function startReceiver(): Promise<Receiver> {
  const spans: any[] = [];
  const metrics: any[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      expect(req.headers['content-type']).toMatch(/application\/json/);
      const data = JSON.parse(body);
      if (req.url === '/v1/traces') {
        for (const rs of data.resourceSpans ?? [])
          for (const ss of rs.scopeSpans ?? [])
            spans.push(...(ss.spans ?? []).map((s: any) => ({ ...s, resource: rs.resource })));
      }
      if (req.url === '/v1/metrics') {
        for (const rm of data.resourceMetrics ?? [])
          for (const sm of rm.scopeMetrics ?? []) metrics.push(...(sm.metrics ?? []));
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    metrics,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** OTLP JSON attributes as a plain object. */
function attrs(span: any): Record<string, unknown> {
  return Object.fromEntries(
    (span.attributes ?? []).map((a: any) => [a.key, Object.values(a.value as object)[0]]),
  );
}

/** Sum of a counter's data points (OTLP JSON: asInt may be a string). */
function total(metrics: any[], name: string): number {
  return metrics
    .filter((m) => m.name === name)
    .flatMap((m) => m.sum?.dataPoints ?? [])
    .reduce((n: number, p: any) => n + Number(p.asInt ?? p.asDouble ?? 0), 0);
}

let aws: HeldAws | undefined;
let receiver: Receiver | undefined;
let server: HttpServerProcess | undefined;
beforeAll(() => requireBuild());
afterEach(async () => {
  server?.stop();
  await Promise.all([aws?.close(), receiver?.close()]);
});

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_SPAN = '00f067aa0ba902b7';

describe.each(['modern', 'legacy'] as const)('OpenTelemetry over OTLP/HTTP JSON (%s era)', (era) => {
  it('exports a span per tool call under the client trace, a child per AWS request, and metrics', async () => {
    aws = await startHeldAws();
    aws.release(); // answers at once
    receiver = await startReceiver();
    server = await startHttpServer(
      serverEnv({
        AWS_ENDPOINT_URL: aws.url,
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_METRICS_EXPORTER: 'otlp',
        OTEL_SERVICE_NAME: 'aws-mcp-test',
      }),
    );
    const client = new Client(
      { name: 'otel-e2e', version: '1.0.0' },
      era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {},
    );
    await client.connect(new StreamableHTTPClientTransport(new URL(server.url)));
    const ok = await client.callTool({
      name: 'aws_execute',
      arguments: { action: 'invoke', service: 'sts', operation: 'GetCallerIdentity', payload: {} },
      _meta: { traceparent: `00-${TRACE_ID}-${PARENT_SPAN}-01` },
    });
    expect(ok.isError).not.toBe(true);
    // Read-only by default: a delete is denied and nothing is sent.
    const denied = await client.callTool({
      name: 'aws_execute',
      arguments: { action: 'invoke', service: 'sqs', operation: 'DeleteQueue', payload: { QueueUrl: 'q' } },
    });
    expect((denied.structuredContent as any).error.code).toBe('PolicyDenied');
    await client.close();
    server.child.kill('SIGTERM'); // the shutdown exports what is buffered
    await new Promise((resolve) => server!.child.once('exit', resolve));

    const call = receiver.spans.find((s) => s.name === 'tools/call aws_execute' && s.traceId === TRACE_ID);
    expect(call, JSON.stringify(receiver.spans.map((s) => s.name))).toBeDefined();
    expect(call.parentSpanId).toBe(PARENT_SPAN);
    expect(attrs(call)).toMatchObject({
      'gen_ai.tool.name': 'aws_execute',
      'aws.service': 'sts',
      'aws.operation': 'GetCallerIdentity',
      'aws_mcp.decision': 'allow',
      'aws_mcp.status': 'ok',
      'enduser.id': expect.stringMatching(/^local:/),
      'aws_mcp.tx_id': (ok.structuredContent as any).metadata.tx_id,
    });
    expect(attrs(call)['aws_mcp.duration_ms']).toBeGreaterThan(0);
    expect(attrs({ attributes: call.resource.attributes })['service.name']).toBe('aws-mcp-test');

    const request = receiver.spans.find((s) => s.name === 'sts.GetCallerIdentity');
    expect(request.traceId).toBe(TRACE_ID);
    expect(request.parentSpanId).toBe(call.spanId);
    expect(attrs(request)).toMatchObject({
      'aws.service': 'sts',
      'aws.operation': 'GetCallerIdentity',
      'cloud.region': 'us-east-1',
      'http.response.status_code': expect.anything(),
    });
    expect(Number(attrs(request)['http.response.status_code'])).toBe(200);

    const deniedSpan = receiver.spans.find((s) => attrs(s)['aws.operation'] === 'DeleteQueue');
    expect(deniedSpan.traceId).not.toBe(TRACE_ID); // no traceparent: a trace of its own
    expect(attrs(deniedSpan)).toMatchObject({ 'aws_mcp.decision': 'deny', 'aws_mcp.status': 'PolicyDenied' });
    expect(receiver.spans.filter((s) => s.name === 'sqs.DeleteQueue')).toHaveLength(0); // nothing sent

    expect(total(receiver.metrics, 'aws_mcp.tool.calls')).toBe(2);
    expect(total(receiver.metrics, 'aws_mcp.tool.denials')).toBe(1);
    expect(total(receiver.metrics, 'aws_mcp.tool.errors')).toBe(1);
    const latency = receiver.metrics.find((m) => m.name === 'aws_mcp.tool.duration');
    expect(latency.unit).toBe('ms');
    expect(latency.histogram.dataPoints.reduce((n: number, p: any) => n + Number(p.count), 0)).toBe(2);
  });
});
