// Scripts and batches through a real MCP client and the built server, against s3rver: each inner
// call goes through the invoke pipeline (policy, approval, audit with the parent's tx_id), a
// denied inner call sends nothing, one elicitation covers a script's declared destructive calls,
// and the server keeps serving after a hostile script.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3rver, writeStandardPolicy, type Emulator } from '../helpers/emulators.js';
import { connectClient, type TestClient } from '../helpers/mcp-clients.js';
import { requireBuild, serverEnv } from '../helpers/server-env.js';
import { execFileSync } from 'node:child_process';
import { BIN } from '../helpers/server-env.js';

let s3: Emulator;
let client: TestClient;
let env: Record<string, string>;
const BUCKETS = ['alpha', 'beta', 'gamma'];

beforeAll(async () => {
  requireBuild();
  s3 = await startS3rver();
  env = serverEnv({
    POLICY_PATH: writeStandardPolicy('rules:\n  deny: ["^s3:PutBucketPolicy$"]\n'),
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_MCP_SCRIPT_TIMEOUT_SECONDS: '3',
  });
  client = await connectClient('v2-modern', { stdioEnv: env }, 'approve');
  for (const Bucket of BUCKETS) {
    const r = await client.call('aws_execute', {
      action: 'invoke',
      service: 's3',
      operation: 'CreateBucket',
      payload: { Bucket },
    });
    expect(r.isError, JSON.stringify(r.data)).toBe(false);
  }
  client.asked.length = 0;
}, 120_000);

afterAll(async () => {
  await client?.close();
  await s3?.stop();
});

const audit = (): any[] =>
  execFileSync(process.execPath, [BIN, 'audit', '--json', '--limit', '500'], { env, encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

describe('action "script"', () => {
  it('runs the per-bucket check in one tool call; every inner call is audited under the script', async () => {
    const script = `const r = await aws.call("s3", "ListBuckets", {});
      const out = [];
      for (const b of r.Buckets) {
        const p = await aws.call("s3", "GetBucketPolicyStatus", { Bucket: b.Name }).catch(e => ({ error: e.code }));
        out.push({ name: b.Name, public: p.PolicyStatus?.IsPublic ?? null, error: p.error });
      }
      return out;`;
    const r = await client.call('aws_execute', { action: 'script', script });
    expect(r.isError, JSON.stringify(r.data)).toBe(false);
    expect(r.data.result.map((b: any) => b.name)).toEqual(BUCKETS);
    expect(r.data.metadata.calls).toBe(4);
    const parent = r.data.metadata.tx_id;
    const rows = audit();
    const children = rows.filter((row) => row.parentTxId === parent);
    expect(children.map((c) => c.operation).sort()).toEqual([
      'GetBucketPolicyStatus',
      'GetBucketPolicyStatus',
      'GetBucketPolicyStatus',
      'ListBuckets',
    ]);
    const own = rows.find((row) => row.txId === parent);
    expect(own).toMatchObject({ action: 'script', status: 'succeeded' });
    expect(own.request.script).toContain('GetBucketPolicyStatus');
  });

  it('a denied inner call built from pieces is refused by the policy inside the script and sends nothing', async () => {
    const before = audit().filter((row) => row.operation === 'PutBucketPolicy').length;
    const r = await client.call('aws_execute', {
      action: 'script',
      script:
        'return await aws.call("s3", "PutBucket" + "Policy", { Bucket: "alpha", Policy: "{}" }).catch(e => e.code);',
    });
    expect(r.data.result).toBe('PolicyDenied');
    const rows = audit().filter((row) => row.operation === 'PutBucketPolicy');
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({ status: 'denied', parentTxId: r.data.metadata.tx_id });
    expect(rows.at(-1).ops ?? []).toEqual([]);
  });

  it('an undeclared destructive call fails with ConfirmationRequired; declared, one prompt covers it', async () => {
    const script =
      'return await aws.call("s3", "DeleteBucket", { Bucket: "gamma" }).then(() => "deleted", e => e.code);';
    const refused = await client.call('aws_execute', { action: 'script', script });
    expect(refused.data.result).toBe('ConfirmationRequired');
    expect(client.asked).toEqual([]);
    const approved = await client.call('aws_execute', {
      action: 'script',
      script,
      approve: [{ service: 's3', operation: 'DeleteBucket' }],
    });
    expect(approved.data.result).toBe('deleted');
    expect(client.asked).toHaveLength(1);
    expect(client.asked[0]).toContain('s3:DeleteBucket');
  });

  it('validate lists the operations a script names, with decisions, and reports syntax errors', async () => {
    const ok = await client.call('aws_execute', {
      action: 'validate',
      script: 'await aws.call("s3", "ListBuckets", {}); await aws.call("s3", "PutBucketPolicy", {});',
    });
    expect(ok.data.operations.map((o: any) => [o.operation, o.decision.effect])).toEqual([
      ['s3:ListBuckets', 'allow'],
      ['s3:PutBucketPolicy', 'deny'],
    ]);
    const bad = await client.call('aws_execute', { action: 'validate', script: 'const = 1;' });
    expect(bad.data).toMatchObject({ valid: false, errors: [{ reason: 'syntax', line: 1 }] });
  });

  it('a runaway script is stopped with ScriptFailed and the server keeps serving', async () => {
    const r = await client.call('aws_execute', { action: 'script', script: 'while (true) {}' });
    expect(r.isError).toBe(true);
    expect(r.data.error).toMatchObject({ code: 'ScriptFailed', details: { reason: 'timeout' } });
    const next = await client.call('aws_execute', { action: 'script', script: 'return 1 + 1' });
    expect(next.data.result).toBe(2);
  }, 60_000);
});

describe('rate limits', () => {
  it('count every inner call of a script: past the limit a call fails inside it and is not sent', async () => {
    const limitedEnv = serverEnv({
      POLICY_PATH: writeStandardPolicy('rate_limits: { calls_per_minute: 3, concurrent_calls: 2 }\n'),
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
    });
    const limited = await connectClient('v2-modern', { stdioEnv: limitedEnv });
    try {
      const r = await limited.call('aws_execute', {
        action: 'script',
        script: `const out = [];
          for (let i = 0; i < 5; i++) out.push(await aws.call("s3", "ListBuckets", {}).then(() => "ok", e => e.code));
          return out;`,
      });
      expect(r.data.result).toEqual(['ok', 'ok', 'ok', 'RateLimited', 'RateLimited']);
    } finally {
      await limited.close();
    }
  });
});

describe('batches', () => {
  it('runs calls in order, each with its own result or error, under one parent tx_id', async () => {
    const r = await client.call('aws_execute', {
      action: 'invoke',
      calls: [
        { service: 's3', operation: 'ListBuckets', payload: {} },
        { service: 's3', operation: 'GetBucketLocation', payload: { Bucket: 'no-such-bucket-xyz' } },
        { service: 's3', operation: 'HeadBucket', payload: { Bucket: 'alpha' } },
      ],
    });
    expect(r.isError, JSON.stringify(r.data)).toBe(false);
    expect(r.data.results).toHaveLength(3);
    expect(r.data.results[0].result.Buckets.length).toBeGreaterThan(0);
    expect(r.data.results[1].error.code).toBe('AwsError');
    expect(r.data.results[2].error).toBeUndefined();
    const children = audit().filter((row) => row.parentTxId === r.data.metadata.tx_id);
    expect(children).toHaveLength(3);
  });

  it('a batch with a denied call runs nothing', async () => {
    const before = audit().length;
    const r = await client.call('aws_execute', {
      action: 'invoke',
      calls: [
        { service: 's3', operation: 'ListBuckets', payload: {} },
        { service: 's3', operation: 'PutBucketPolicy', payload: { Bucket: 'alpha', Policy: '{}' } },
      ],
    });
    expect(r.isError).toBe(true);
    expect(r.data.error).toMatchObject({ code: 'PolicyDenied', details: { calls: [{ index: 1 }] } });
    const added = audit().slice(0, audit().length - before);
    expect(added.filter((row) => row.operation === 'ListBuckets' && row.action === 'invoke')).toEqual([]);
  });

  it('validate checks every call and reports each one', async () => {
    const r = await client.call('aws_execute', {
      action: 'validate',
      calls: [
        { service: 's3', operation: 'ListBuckets', payload: {} },
        { service: 's3', operation: 'GetObject', payload: {} },
      ],
    });
    expect(r.data.valid).toBe(false);
    expect(r.data.calls.map((c: any) => c.valid)).toEqual([true, false]);
  });

  it('fans one call out over regions: alike answers share one entry; metadata "full" gives one per region', async () => {
    const fan = {
      action: 'invoke',
      service: 's3',
      operation: 'ListBuckets',
      payload: {},
      regions: ['us-east-1', 'eu-west-1'],
    };
    const r = await client.call('aws_execute', fan);
    expect(r.isError, JSON.stringify(r.data)).toBe(false);
    // s3rver lists the same buckets whatever the region.
    expect(Object.keys(r.data.regions)).toEqual(['*']);
    // (an earlier test deleted gamma)
    expect(r.data.regions['*'].result.Buckets.map((b: any) => b.Name)).toEqual(
      expect.arrayContaining(['alpha', 'beta']),
    );
    const children = audit().filter((row) => row.parentTxId === r.data.metadata.tx_id);
    expect(children.map((c) => c.region).sort()).toEqual(['eu-west-1', 'us-east-1']);

    const full = await client.call('aws_execute', { ...fan, options: { metadata: 'full' } });
    expect(Object.keys(full.data.regions).sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(full.data.regions['eu-west-1'].metadata).toMatchObject({ region: 'eu-west-1' });
    expect(full.data.regions['us-east-1'].metadata.tx_id).not.toBe(
      full.data.regions['eu-west-1'].metadata.tx_id,
    );
  });

  it('calls needing approval are asked for together, in one question listing them', async () => {
    const create = (Bucket: string) => ({ service: 's3', operation: 'CreateBucket', payload: { Bucket } });
    const made = await client.call('aws_execute', {
      action: 'invoke',
      calls: [create('del-1'), create('del-2')],
    });
    expect(made.isError, JSON.stringify(made.data)).toBe(false);
    client.asked.length = 0;
    const drop = (Bucket: string) => ({ service: 's3', operation: 'DeleteBucket', payload: { Bucket } });
    const r = await client.call('aws_execute', {
      action: 'invoke',
      calls: [drop('del-1'), { service: 's3', operation: 'ListBuckets', payload: {} }, drop('del-2')],
    });
    expect(r.isError, JSON.stringify(r.data)).toBe(false);
    expect(client.asked).toHaveLength(1);
    expect(client.asked[0]).toContain('s3:DeleteBucket (us-east-1) {"Bucket":"del-1"}');
    expect(client.asked[0]).toContain('s3:DeleteBucket (us-east-1) {"Bucket":"del-2"}');
    expect(client.asked[0]).not.toContain('ListBuckets');
    expect(r.data.results.map((x: any) => x.error?.code)).toEqual([undefined, undefined, undefined]);
  });

  it('a batch over the limit is refused before anything runs', async () => {
    const calls = Array.from({ length: 51 }, () => ({
      service: 's3',
      operation: 'ListBuckets',
      payload: {},
    }));
    const r = await client.call('aws_execute', { action: 'invoke', calls });
    expect(r.data.error).toMatchObject({ code: 'InvalidInput', details: { limit: 50 } });
  });
});
