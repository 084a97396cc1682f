// Request paths beyond the call itself, each decided for what is actually sent: an S3 redirect to
// the bucket's region is stopped when the policy refuses that region, and endpoint discovery
// (Timestream) is part of the call's plan, so a deny on DescribeEndpoints refuses the call.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApprovalStore } from '../../src/approval/token-store.js';
import { AuditStore } from '../../src/audit/audit-store.js';
import { openAuditDatabase } from '../../src/audit/database.js';
import type { ModelCatalog } from '../../src/catalog/catalog.js';
import { isToolError } from '../../src/errors/tool-error.js';
import { localPrincipal } from '../../src/identity/principal.js';
import { parsePolicy } from '../../src/policy/load.js';
import { invoke } from '../../src/tools/execute/invoke.js';
import { validate } from '../../src/tools/execute/validate.js';
import { planRequests } from '../../src/tools/execute/request-plan.js';
import { decideCall } from '../../src/tools/execute/steps/decide.js';
import { resolveCall } from '../../src/tools/execute/steps/resolve.js';
import type { ToolServices } from '../../src/tools/services.js';
import { openBundleCatalog } from '../unit/catalog/bundle-catalog.js';

const hosts: string[] = [];
let capture: http.Server;
let endpoint: string;
let catalog: ModelCatalog;
const db = openAuditDatabase(':memory:');
const audit = new AuditStore(db);

beforeAll(async () => {
  process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
  catalog = await openBundleCatalog();
  capture = http.createServer((req, res) => {
    req.resume().on('end', () => {
      hosts.push(`${req.method} ${req.url}`);
      // The bucket lives elsewhere: S3's answer to a request sent to the wrong region.
      res
        .writeHead(301, { 'content-type': 'application/xml', 'x-amz-bucket-region': 'eu-west-2' })
        .end('<Error><Code>PermanentRedirect</Code><Message>elsewhere</Message></Error>');
    });
  });
  await new Promise<void>((resolve) => capture.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(capture.address() as AddressInfo).port}`;
});

afterAll(async () => {
  capture?.closeAllConnections();
  await new Promise<void>((resolve) => capture?.close(() => resolve()));
});

function services(policyYaml: string, endpointOverride = true): ToolServices {
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  return {
    catalog,
    policy: parsePolicy(`version: 1\nmode: standard\n${policyYaml}`, catalog),
    search: () => Promise.reject(new Error('not used')),
    approvals: new ApprovalStore(db),
    audit,
    settings: {
      defaultRegion: 'us-east-1',
      maxOutputCharacters: 20_000,
      maxAttempts: 1,
      autoApproveDestructive: false,
      endpointOverrides: endpointOverride ? { global: endpoint, byService: {} } : { byService: {} },
    },
    logger: quiet as never,
  };
}

const ctx = {
  principal: localPrincipal(),
  approval: {},
  progress: async () => {},
  signal: new AbortController().signal,
} as never;

describe('requests beyond the call itself', () => {
  it('does not follow an S3 redirect into a region the policy refuses', async () => {
    const before = hosts.length;
    const error = await invoke(
      services('regions: [us-east-1]\n'),
      { action: 'invoke', service: 's3', operation: 'ListObjectsV2', payload: { Bucket: 'b' } },
      ctx,
    ).catch((e: unknown) => e);
    expect(isToolError(error) && error.code).toBe('PolicyDenied');
    expect((error as Error).message).toContain('eu-west-2');
    // The first request went to us-east-1; the redirected one never left.
    expect(hosts.length - before).toBe(1);
    const row = audit.list().at(-1)!;
    expect(row).toMatchObject({ status: 'denied', errorCode: 'PolicyDenied' });
  });

  it('plans endpoint discovery with the call, so a deny on it refuses the call up front', async () => {
    const s = services('rules:\n  deny: ["^timestream-query:DescribeEndpoints$"]\n', false);
    const args = {
      action: 'invoke' as const,
      service: 'timestream-query',
      operation: 'Query',
      payload: { QueryString: 'SELECT 1' },
    };
    const call = await resolveCall(s, args);
    const ctxPlan = { accountLookup: false, preview: false, endpointOverride: false };
    const { plan, decision } = decideCall(s, call, {}, ctxPlan);
    expect(plan.map((r) => `${r.kind} ${r.operation.name}`)).toEqual([
      'endpoint-discovery DescribeEndpoints',
      'call Query',
    ]);
    expect(decision.effect).toBe('deny');
    expect(decision.reason).toContain('timestream-query:DescribeEndpoints');
    // With an endpoint override no discovery is sent, so none is planned.
    expect(planRequests(s, call, {}, { ...ctxPlan, endpointOverride: true }).map((r) => r.kind)).toEqual([
      'call',
    ]);
  });

  it('validate shows the decision invoke would meet, waiter polls included', async () => {
    const s = services('rules:\n  deny: ["^dynamodb:DescribeTable$"]\n');
    const r = await validate(
      s,
      {
        action: 'validate',
        service: 'dynamodb',
        operation: 'DescribeContinuousBackups',
        payload: { TableName: 't' },
        options: { waitFor: 'TableExists' },
      },
      ctx,
    );
    expect(r.decision).toMatchObject({ effect: 'deny', rule: 'rules.deny[0]' });
    expect((r.decision as { reason: string }).reason).toContain('dynamodb:DescribeTable');
  });
});
