// The metrics: calls, denials, approvals and errors (counters) and latency (histograms, ms), with
// low-cardinality attributes only (tool, service, operation, status; never a principal or tx_id).

import type { Meter } from '@opentelemetry/api';
import type { CallAttributes } from './call-attributes.js';
import type { AwsRequestInfo } from './telemetry.js';

export interface CallMetrics {
  toolCall(a: CallAttributes, durationMs: number): void;
  awsRequest(info: AwsRequestInfo, durationMs: number): void;
}

export function callMetrics(meter: Meter | undefined): CallMetrics {
  if (!meter) return { toolCall: () => undefined, awsRequest: () => undefined };
  const calls = meter.createCounter('aws_mcp.tool.calls', { description: 'Tool calls' });
  const denials = meter.createCounter('aws_mcp.tool.denials', { description: 'Calls the policy denied' });
  const approvals = meter.createCounter('aws_mcp.tool.approvals', {
    description: 'Calls that ran with a human (or auto) approval',
  });
  const errors = meter.createCounter('aws_mcp.tool.errors', {
    description: 'Tool calls that ended in an error',
  });
  const latency = meter.createHistogram('aws_mcp.tool.duration', {
    unit: 'ms',
    description: 'Tool call latency',
  });
  const awsLatency = meter.createHistogram('aws_mcp.aws.request.duration', {
    unit: 'ms',
    description: 'AWS request latency (one per attempt)',
  });
  return {
    toolCall: (a, durationMs) => {
      const op = {
        tool: a.tool,
        ...(a.service ? { service: a.service } : {}),
        ...(a.operation ? { operation: a.operation } : {}),
      };
      calls.add(1, { ...op, status: a.status });
      if (a.decision === 'deny') denials.add(1, op);
      if (a.approval) approvals.add(1, { ...op, method: a.approval });
      if (a.status !== 'ok') errors.add(1, { ...op, code: a.status });
      latency.record(durationMs, { ...op, status: a.status });
    },
    awsRequest: (info, durationMs) =>
      awsLatency.record(durationMs, {
        service: info.service,
        operation: info.operation,
        region: info.region,
      }),
  };
}
