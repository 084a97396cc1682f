// runScript: the doors out (aws.call, aws.paginate, aws.regions), JSON across the boundary, errors
// with `.code` inside the script, bounded concurrency, and the shape of a failure.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ToolError } from '../../../src/errors/tool-error.js';
import { runScript } from '../../../src/sandbox/run-script.js';
import type { InnerCall, ScriptHost } from '../../../src/sandbox/types.js';
import { EchoHost } from './hosts.js';

async function failure(p: Promise<unknown>): Promise<ToolError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ToolError);
  return e as ToolError;
}

describe('runScript: the doors out', () => {
  it('runs the issue example: calls, a caught error per item, and a JSON result', async () => {
    const host: ScriptHost = {
      async call(req: InnerCall) {
        if (req.operation === 'ListBuckets')
          return { Buckets: [{ Name: 'a' }, { Name: 'b' }, { Name: 'c' }] };
        if (req.payload.Bucket === 'b')
          throw new ToolError('AwsError', 'NoSuchBucketPolicy', { details: { status: 404 } });
        return { PolicyStatus: { IsPublic: req.payload.Bucket === 'c' } };
      },
      regions: async () => [],
    };
    const source = `const r = await aws.call("s3", "ListBuckets", {}); const out = [];
      for (const b of r.Buckets) {
        const p = await aws.call("s3", "GetBucketPolicyStatus", { Bucket: b.Name }).catch(e => ({ error: e.code }));
        out.push({ name: b.Name, public: p.PolicyStatus?.IsPublic ?? null, error: p.error });
      }
      return out;`;
    const outcome = await runScript({ source, host });
    expect(outcome.value).toEqual([
      { name: 'a', public: false },
      { name: 'b', public: null, error: 'AwsError' },
      { name: 'c', public: true },
    ]);
    expect(outcome.calls).toBe(4);
    expect(outcome.outputChars).toBe(JSON.stringify(outcome.value).length);
  });

  it('an inner error arrives as an Error with code, message, hint and details', async () => {
    const host: ScriptHost = {
      call: async () => {
        throw new ToolError('ConfirmationRequired', 'needs a yes', { hint: 'approve it', details: { n: 1 } });
      },
      regions: async () => [],
    };
    const { value } = await runScript({
      source: `try { await aws.call("s3", "DeleteBucket", { Bucket: "x" }); }
        catch (e) { return [e instanceof Error, e.name, e.code, e.message, e.hint, e.details]; }`,
      host,
    });
    expect(value).toEqual([
      true,
      'AwsCallError',
      'ConfirmationRequired',
      'needs a yes',
      'approve it',
      { n: 1 },
    ]);
  });

  it('a host bug reaches the script as Internal, without its message', async () => {
    const host: ScriptHost = {
      call: async () => {
        throw new Error('secret stack detail');
      },
      regions: async () => [],
    };
    const { value } = await runScript({
      source: 'return aws.call("s3", "ListBuckets").catch(e => [e.code, e.message])',
      host,
    });
    expect(value).toEqual(['Internal', 'The call failed inside the server.']);
  });

  it('passes options through, paginate sets paginate, regions() answers the host list', async () => {
    const host = new EchoHost();
    const { value } = await runScript({
      source: `await aws.call("ec2", "DescribeInstances", {}, { region: "eu-west-1" });
        await aws.paginate("s3", "ListObjectsV2", { Bucket: "b" }, { maxItems: 5 });
        return aws.regions();`,
      host,
    });
    expect(value).toEqual(['eu-west-1', 'us-east-1']);
    expect(host.sent.map((c) => [c.sequence, c.service, c.operation, c.options])).toEqual([
      [1, 'ec2', 'DescribeInstances', { region: 'eu-west-1' }],
      [2, 's3', 'ListObjectsV2', { maxItems: 5, paginate: true }],
    ]);
  });

  it('bad arguments to aws.call fail inside the script as InvalidInput, and are not sent', async () => {
    const host = new EchoHost();
    const { value } = await runScript({
      source: `const codes = [];
        for (const args of [[1, "X"], ["s3"], ["s3", "X", [1]], ["s3", "X", {}, "opts"]]) {
          codes.push(await aws.call(...args).catch(e => e.code));
        }
        codes.push(await aws.call("s3", "X", { n: 1n }).catch(e => e.name));
        return codes;`,
      host,
    });
    expect(value).toEqual(['InvalidInput', 'InvalidInput', 'InvalidInput', 'InvalidInput', 'TypeError']);
    expect(host.sent).toEqual([]);
  });

  it('runs calls concurrently, never more than the concurrency limit at once', async () => {
    const host = new EchoHost();
    const { value } = await runScript({
      source: `const r = await Promise.all(Array.from({ length: 40 }, (_, i) => aws.call("s3", "Op" + i, {})));
        return r.map(x => x.operation);`,
      host,
      limits: { concurrency: 4 },
    });
    expect(value).toEqual(Array.from({ length: 40 }, (_, i) => `Op${i}`));
    expect(host.maxInFlight).toBeLessThanOrEqual(4);
    expect(host.maxInFlight).toBeGreaterThan(1);
  });

  it('a script replacing JSON or Promise methods cannot break its own doors', async () => {
    const host = new EchoHost();
    const { value } = await runScript({
      source: `JSON.parse = () => 'hacked'; JSON.stringify = () => '"hacked"';
        Promise.prototype.then = function () { throw new Error('patched'); };
        const r = await aws.call("s3", "ListBuckets", {});
        return r.operation;`,
      host,
    });
    expect(value).toBe('ListBuckets'); // the result, too, is encoded with the JSON captured before the script
    expect(host.sent.map((c) => c.operation)).toEqual(['ListBuckets']);
  });

  it('aws is frozen and cannot be replaced', async () => {
    const { value } = await runScript({
      source: `const out = [];
        try { aws.call = () => 1; } catch (e) { out.push(e.name); }
        try { globalThis.aws = {}; } catch (e) { out.push(e.name); }
        try { delete globalThis.aws; } catch (e) { out.push(e.name); }
        out.push(Object.isFrozen(aws), Object.keys(aws).sort());
        return out;`,
      host: new EchoHost(),
    });
    expect(value).toEqual(['TypeError', 'TypeError', 'TypeError', true, ['call', 'paginate', 'regions']]);
  });

  it('any JSON value crosses both ways unchanged (as JSON)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (v) => {
        const host: ScriptHost = { call: async () => v, regions: async () => [] };
        const { value } = await runScript({ source: 'return [await aws.call("s3", "X", {})]', host });
        expect(value).toEqual([JSON.parse(JSON.stringify(v ?? null))]);
      }),
      { numRuns: 15 },
    );
  });

  it('undefined and non-JSON results come back as null', async () => {
    const host = new EchoHost();
    expect((await runScript({ source: 'const x = 1;', host })).value).toBeNull();
    expect((await runScript({ source: 'return () => 1', host })).value).toBeNull();
    expect((await runScript({ source: 'return { a: undefined, b: 1 }', host })).value).toEqual({ b: 1 });
  });

  it('an uncaught throw names the error, its code and its line', async () => {
    const host: ScriptHost = {
      call: async () => {
        throw new ToolError('PolicyDenied', 'denied by rule');
      },
      regions: async () => [],
    };
    const e = await failure(
      runScript({ source: 'const a = 1;\n\nawait aws.call("iam", "DeleteUser", {});', host }),
    );
    expect(e.code).toBe('ScriptFailed');
    expect(e.details).toMatchObject({
      reason: 'error',
      calls: 1,
      error: { name: 'AwsCallError', code: 'PolicyDenied', message: 'denied by rule' },
    });
    const thrown = await failure(runScript({ source: 'const a = 1;\n  throw new RangeError("bad");', host }));
    expect(thrown.details).toMatchObject({ reason: 'error', line: 2, error: { name: 'RangeError' } });
  });

  it('a syntax error is reported with its line and column, and nothing runs', async () => {
    const host = new EchoHost();
    const e = await failure(runScript({ source: 'await aws.call("s3", "A", {});\nconst = 2;', host }));
    expect(e.details).toEqual({ reason: 'syntax', line: 2, column: 7 });
    expect(host.sent).toEqual([]);
  });

  it('the request being cancelled stops the script with Cancelled', async () => {
    const controller = new AbortController();
    const host: ScriptHost = {
      call: async () => {
        controller.abort();
        return {};
      },
      regions: async () => [],
    };
    const e = await failure(
      runScript({
        source: 'for (;;) await aws.call("s3", "ListBuckets", {});',
        host,
        signal: controller.signal,
      }),
    );
    expect(e.code).toBe('Cancelled');
  });
});
