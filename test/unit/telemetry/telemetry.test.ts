// When telemetry turns on (the standard OTEL_* variables), and what a call's span and metrics say
// about it, from the tool result the MCP boundary sees.

import { describe, expect, it } from 'vitest';
import { callAttributes } from '../../../src/telemetry/call-attributes.js';
import { NO_TELEMETRY, telemetryRequested } from '../../../src/telemetry/telemetry.js';

describe('telemetryRequested', () => {
  it('is off unless an OTLP exporter or endpoint is named, and OTEL_SDK_DISABLED wins', () => {
    expect(telemetryRequested({})).toBe(false);
    expect(telemetryRequested({ OTEL_SERVICE_NAME: 'x', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })).toBe(
      false,
    );
    expect(telemetryRequested({ OTEL_TRACES_EXPORTER: 'none', OTEL_METRICS_EXPORTER: 'none' })).toBe(false);
    expect(telemetryRequested({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe(true);
    expect(telemetryRequested({ OTEL_METRICS_EXPORTER: 'none,otlp' })).toBe(true);
    expect(telemetryRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(telemetryRequested({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' })).toBe(true);
    expect(telemetryRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c', OTEL_SDK_DISABLED: 'TRUE' })).toBe(
      false,
    );
  });

  it('off, runs the work and nothing else', async () => {
    const result = { isError: false };
    await expect(
      NO_TELEMETRY.toolCall({ tool: 't', principal: 'p', input: {} }, async () => result),
    ).resolves.toBe(result);
  });
});

const info = (input: unknown) => ({ tool: 'aws_execute', principal: 'local:ana', input });
const failed = (code: string, metadata?: object) => ({
  isError: true,
  structuredContent: { error: { code, message: 'm' }, ...(metadata ? { metadata } : {}) },
});

describe('callAttributes', () => {
  const input = { action: 'invoke', service: 's3', operation: 'DeleteBucket', region: 'eu-west-1' };

  it('an executed call: allowed, ok, its tx_id and the approval that was used', () => {
    const a = callAttributes(info(input), {
      structuredContent: { result: {}, metadata: { tx_id: 'tx-1', approval: 'elicitation' } },
    });
    expect(a).toEqual({
      tool: 'aws_execute',
      principal: 'local:ana',
      service: 's3',
      operation: 'DeleteBucket',
      region: 'eu-west-1',
      status: 'ok',
      decision: 'allow',
      approval: 'elicitation',
      txId: 'tx-1',
    });
  });

  it('reads the decision from the outcome: denied, approval required, failed at AWS', () => {
    expect(callAttributes(info(input), failed('PolicyDenied'))).toMatchObject({
      status: 'PolicyDenied',
      decision: 'deny',
    });
    expect(callAttributes(info(input), failed('ConfirmationRequired'))).toMatchObject({
      decision: 'approval-required',
    });
    expect(callAttributes(info(input), failed('AwsError', { tx_id: 't' }))).toMatchObject({
      status: 'AwsError',
      decision: 'allow',
    });
    // Refused before any decision (bad input): none claimed.
    expect(callAttributes(info(input), failed('ValidationError')).decision).toBeUndefined();
    // validate states the decision itself.
    expect(
      callAttributes(info({ ...input, action: 'validate' }), {
        structuredContent: { valid: true, decision: { effect: 'confirm', reason: 'r' } },
      }).decision,
    ).toBe('approval-required');
  });

  it('an exception (no result) is Internal; other tools carry no decision; odd input is ignored', () => {
    expect(callAttributes(info(input), { isError: true }).status).toBe('Internal');
    const search = callAttributes(
      { tool: 'aws_search_operations', principal: 'p', input: { query: 'x' } },
      {
        structuredContent: { results: [] },
      },
    );
    expect(search).toEqual({ tool: 'aws_search_operations', principal: 'p', status: 'ok' });
    expect(callAttributes(info([1, 2]), { structuredContent: {} })).toEqual({
      tool: 'aws_execute',
      principal: 'local:ana',
      status: 'ok',
      decision: 'allow',
    });
  });
});
