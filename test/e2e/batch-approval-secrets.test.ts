// Batches and scripts through the built server and real MCP clients, against a local capture
// endpoint standing in for AWS, with a policy that approves by token (the client cannot be asked):
// - one confirmation token covers exactly the batch it was issued for: another set (here the same
//   calls with another password) is refused with nothing sent, the same set sends exactly its calls,
//   and the token is used up;
// - a secret in a batch call's or a script's payload reaches the endpoint and nothing else: not the
//   tool results, the logs, or the audit database (-wal, -shm), while the server runs and after;
// - `regions: "*"` runs in the enabled regions (ec2 DescribeRegions) that the policy allows, and the
//   answer says which.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaptureServer, type CapturedRequest, type CaptureServer } from '../helpers/capture.js';
import { connect, filesOf, leaks } from '../helpers/secret-scan.js';
import { requireBuild, serverEnv } from '../helpers/server-env.js';

const randomSecret = (): string => `s3cr3t-${randomBytes(12).toString('hex')}`;

const DESCRIBE_REGIONS = `<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><regionInfo>${[
  'us-east-1',
  'eu-west-1',
  'sa-east-1',
]
  .map(
    (r) =>
      `<item><regionName>${r}</regionName><regionEndpoint>ec2.${r}.amazonaws.com</regionEndpoint></item>`,
  )
  .join('')}</regionInfo></DescribeRegionsResponse>`;

let capture: CaptureServer;
let policy: string;

beforeAll(async () => {
  requireBuild();
  // mq and dynamodb speak JSON: an empty JSON object is a valid answer to each call here; ec2
  // DescribeRegions (query protocol) lists three enabled regions.
  capture = await startCaptureServer((req) =>
    req.body.toString().includes('Action=DescribeRegions')
      ? { status: 200, headers: { 'content-type': 'text/xml' }, body: DESCRIBE_REGIONS }
      : { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' },
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'batch-secrets-e2e-'));
  policy = path.join(dir, 'policy.yaml');
  writeFileSync(
    policy,
    'version: 1\nmode: standard\napproval:\n  require_for: [destructive, write]\n  mode: token\n',
  );
});

afterAll(() => capture.close());

const createUser = (BrokerId: string, Password: string) => ({
  service: 'mq',
  operation: 'CreateUser',
  payload: { BrokerId, Username: 'u', Password },
});
const deleteUser = { service: 'mq', operation: 'DeleteUser', payload: { BrokerId: 'b-1', Username: 'old' } };
const described = (rs: readonly CapturedRequest[]) => rs.map((r) => `${r.method} ${r.url}`).sort();

describe.each(['v2-modern', 'v1'] as const)('over the %s client', (kind) => {
  it('a batch: one token for exactly its calls, and its secret reaches the endpoint only', async () => {
    const secret = randomSecret();
    const env = serverEnv({ POLICY_PATH: policy, AWS_ENDPOINT_URL: capture.url, LOG_LEVEL: 'debug' });
    const { call, close, stderr } = await connect(kind, env);
    const results: unknown[] = [];
    const places: Record<string, Buffer | string> = {};
    const calls = [createUser('b-1', secret), deleteUser];
    try {
      const checked = await call('aws_execute', { action: 'validate', calls });
      results.push(checked.data);
      expect(checked.data.structured.valid, JSON.stringify(checked.data)).toBe(true);

      const first = await call('aws_execute', { action: 'invoke', calls });
      results.push(first.data);
      const error = first.data.structured.error;
      expect(error.code, JSON.stringify(first.data)).toBe('ConfirmationRequired');
      expect(JSON.stringify(error.details.request)).toContain('mq:DeleteUser');
      expect(capture.take()).toEqual([]);
      const options = { confirmationToken: error.details.confirmationToken };

      // The same calls with another password are another set: refused, nothing sent.
      const otherSet = [createUser('b-1', randomSecret()), deleteUser];
      const refused = await call('aws_execute', { action: 'invoke', calls: otherSet, options });
      results.push(refused.data);
      expect(refused.data.structured.error.code).toBe('InvalidConfirmationToken');
      expect(capture.take()).toEqual([]);

      const approved = await call('aws_execute', { action: 'invoke', calls, options });
      results.push(approved.data);
      expect(approved.isError, JSON.stringify(approved.data)).toBe(false);
      const sent = capture.take();
      expect(described(sent)).toEqual(['DELETE /v1/brokers/b-1/users/old', 'POST /v1/brokers/b-1/users/u']);
      expect(leaks(secret, { endpoint: Buffer.concat(sent.map((r) => r.body)) })).toEqual(['endpoint']);

      const reused = await call('aws_execute', { action: 'invoke', calls, options });
      results.push(reused.data);
      expect(reused.data.structured.error.code).toBe('InvalidConfirmationToken');
      expect(capture.take()).toEqual([]);
      for (const f of filesOf(env.AUDIT_DB_PATH!)) places[`open ${path.basename(f)}`] = readFileSync(f);
    } finally {
      await close();
    }
    places['tool results'] = JSON.stringify(results);
    places.logs = stderr();
    for (const f of filesOf(env.AUDIT_DB_PATH!)) places[`closed ${path.basename(f)}`] = readFileSync(f);
    expect(Object.keys(places)).toEqual(expect.arrayContaining(['open audit.db-wal', 'closed audit.db']));
    expect(leaks(secret, places)).toEqual([]);
  });

  it('a script: its declared call runs on one token, and the secret in its text reaches the endpoint only', async () => {
    const secret = randomSecret();
    const env = serverEnv({ POLICY_PATH: policy, AWS_ENDPOINT_URL: capture.url, LOG_LEVEL: 'debug' });
    const { call, close, stderr } = await connect(kind, env);
    const results: unknown[] = [];
    const places: Record<string, Buffer | string> = {};
    const script = `const r = await aws.call("mq", "CreateUser", { BrokerId: "b-2", Username: "u", Password: "${secret}" });
      return { created: r !== null };`;
    const approve = [{ service: 'mq', operation: 'CreateUser' }];
    try {
      const checked = await call('aws_execute', { action: 'validate', script });
      results.push(checked.data);
      expect(checked.isError, JSON.stringify(checked.data)).toBe(false);

      const first = await call('aws_execute', { action: 'script', script, approve });
      results.push(first.data);
      const error = first.data.structured.error;
      expect(error.code, JSON.stringify(first.data)).toBe('ConfirmationRequired');
      expect(capture.take()).toEqual([]);

      const options = { confirmationToken: error.details.confirmationToken };
      const ran = await call('aws_execute', { action: 'script', script, approve, options });
      results.push(ran.data);
      expect(ran.isError, JSON.stringify(ran.data)).toBe(false);
      expect(ran.data.structured.result).toEqual({ created: true });
      const sent = capture.take();
      expect(described(sent)).toEqual(['POST /v1/brokers/b-2/users/u']);
      expect(leaks(secret, { endpoint: Buffer.concat(sent.map((r) => r.body)) })).toEqual(['endpoint']);
      for (const f of filesOf(env.AUDIT_DB_PATH!)) places[`open ${path.basename(f)}`] = readFileSync(f);
    } finally {
      await close();
    }
    places['tool results'] = JSON.stringify(results);
    places.logs = stderr();
    for (const f of filesOf(env.AUDIT_DB_PATH!)) places[`closed ${path.basename(f)}`] = readFileSync(f);
    expect(Object.keys(places)).toEqual(expect.arrayContaining(['open audit.db-wal', 'closed audit.db']));
    expect(leaks(secret, places)).toEqual([]);
  });
});

describe('regions "*"', () => {
  it('runs in each enabled region the policy allows; alike answers share one entry and metadata lists the regions', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'batch-regions-e2e-'));
    const regionPolicy = path.join(dir, 'policy.yaml');
    writeFileSync(regionPolicy, 'version: 1\nmode: standard\nregions: [us-east-1, eu-west-1, ap-south-1]\n');
    const env = serverEnv({ POLICY_PATH: regionPolicy, AWS_ENDPOINT_URL: capture.url });
    const { call, close } = await connect('v2-modern', env);
    try {
      capture.take();
      const r = await call('aws_execute', {
        action: 'invoke',
        service: 'dynamodb',
        operation: 'ListTables',
        payload: {},
        regions: '*',
      });
      expect(r.isError, JSON.stringify(r.data)).toBe(false);
      // sa-east-1 is enabled but not allowed; ap-south-1 is allowed but not enabled.
      expect(r.data.structured.regions).toEqual({ '*': { result: {} } });
      expect(r.data.structured.metadata.regions).toEqual(['eu-west-1', 'us-east-1']);
      const sent = capture.take().map((q) => {
        const region = /Credential=[^/]+\/\d+\/([^/]+)\//.exec(q.headers.authorization ?? '')?.[1];
        return `${q.headers['x-amz-target'] ?? 'ec2'} ${region}`;
      });
      expect(sent.sort()).toEqual([
        'DynamoDB_20120810.ListTables eu-west-1',
        'DynamoDB_20120810.ListTables us-east-1',
        'ec2 us-east-1',
      ]);
    } finally {
      await close();
    }
  });
});
