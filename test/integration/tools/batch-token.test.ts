// One confirmation token for a batch, a region fan-out or a script's declared operations, through
// aws_execute's dispatch with the real stores and a capture server for AWS: the token is bound to
// exactly the set it was issued for (every call, in order, as it will be sent) and to the caller.
// Redeemed with another set it is refused and nothing is sent; with the same set it runs exactly
// those calls, once.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isToolError, type ToolError } from '../../../src/errors/tool-error.js';
import { runExecute } from '../../../src/tools/many/dispatch.js';
import type { ExecuteToolInput } from '../../../src/tools/execute-input.js';
import type { CapturedRequest } from '../../helpers/capture.js';
import { openFixture, ok, toolContext, type Fixture } from './pipeline-fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await openFixture();
});
afterAll(() => f.close());
beforeEach(() => {
  f.answer = ok;
  f.requests.length = 0;
});

type Call = { service: string; operation: string; payload: Record<string, unknown>; region?: string };
const drop = (TableName: string, region?: string): Call => ({
  service: 'dynamodb',
  operation: 'DeleteTable',
  payload: { TableName },
  ...(region ? { region } : {}),
});
const read = (TableName: string): Call => ({
  service: 'dynamodb',
  operation: 'GetItem',
  payload: { TableName, Key: { pk: { S: 'k1' } } },
});

async function refusal(p: Promise<unknown>): Promise<ToolError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!isToolError(e)) throw new Error(`expected a ToolError, got ${String(e)}`);
  return e;
}

const run = (args: Record<string, unknown>, ctx = toolContext()) =>
  runExecute(f.services(''), args as ExecuteToolInput, ctx);

/** What reached "AWS": operation, region (from the signature's scope) and body, sorted (calls run concurrently). */
const sent = (requests: readonly CapturedRequest[]) =>
  requests
    .map((r) => {
      const region = /Credential=[^/]+\/\d+\/([^/]+)\//.exec(r.headers.authorization ?? '')?.[1];
      return `${r.headers['x-amz-target']} ${region} ${r.body.toString()}`;
    })
    .sort();

async function tokenFor(args: Record<string, unknown>): Promise<string> {
  const first = await refusal(run(args));
  expect(first.code).toBe('ConfirmationRequired');
  expect(f.requests).toHaveLength(0);
  return first.details?.confirmationToken as string;
}

describe('a batch', () => {
  const calls = [drop('t1'), read('t0'), drop('t2', 'eu-west-1')];

  it('one token for the set: refused for any other set (nothing sent), runs exactly the set once', async () => {
    const token = await tokenFor({ action: 'invoke', calls });
    const other: Record<string, Call[]> = {
      added: [...calls, read('t9')],
      'a read removed': [calls[0]!, calls[2]!],
      'a call changed': [calls[0]!, calls[1]!, drop('t3', 'eu-west-1')],
      'a read changed': [calls[0]!, read('t8'), calls[2]!],
      reordered: [calls[2]!, calls[1]!, calls[0]!],
      'a region changed': [calls[0]!, calls[1]!, drop('t2', 'us-west-2')],
      'an option added': [calls[0]!, { ...calls[1]!, options: { query: 'Item' } } as Call, calls[2]!],
    };
    for (const [how, set] of Object.entries(other)) {
      const e = await refusal(run({ action: 'invoke', calls: set, options: { confirmationToken: token } }));
      expect([how, e.code]).toEqual([how, 'InvalidConfirmationToken']);
      expect(f.requests).toHaveLength(0);
    }
    const r = await run({ action: 'invoke', calls, options: { confirmationToken: token } });
    const results = r.results as Record<string, unknown>[];
    expect(results.map((x) => x.error)).toEqual([undefined, undefined, undefined]);
    expect(sent(f.requests)).toEqual([
      'DynamoDB_20120810.DeleteTable eu-west-1 {"TableName":"t2"}',
      'DynamoDB_20120810.DeleteTable us-east-1 {"TableName":"t1"}',
      'DynamoDB_20120810.GetItem us-east-1 {"TableName":"t0","Key":{"pk":{"S":"k1"}}}',
    ]);
    f.requests.length = 0;
    const again = await refusal(run({ action: 'invoke', calls, options: { confirmationToken: token } }));
    expect(again.code).toBe('InvalidConfirmationToken');
    expect(again.message).toContain('already used');
    expect(f.requests).toHaveLength(0);
  });

  it('the token is bound to the caller: another session is refused and nothing is sent', async () => {
    const token = await tokenFor({ action: 'invoke', calls });
    const other = toolContext({ sessionId: 'local:test/stdio:2' });
    const e = await refusal(run({ action: 'invoke', calls, options: { confirmationToken: token } }, other));
    expect(e.code).toBe('InvalidConfirmationToken');
    expect(e.message).toContain('another session');
    expect(f.requests).toHaveLength(0);
    await run({ action: 'invoke', calls, options: { confirmationToken: token } });
    expect(f.requests).toHaveLength(3);
  });

  it('what the person is shown lists the calls needing the yes (not the read); the hint asks for the same set', async () => {
    const e = await refusal(run({ action: 'invoke', calls }));
    const shown = JSON.stringify(e.details?.request);
    expect(shown).toContain('dynamodb:DeleteTable (us-east-1) {\\"TableName\\":\\"t1\\"}');
    expect(shown).toContain('dynamodb:DeleteTable (eu-west-1) {\\"TableName\\":\\"t2\\"}');
    expect(shown).not.toContain('GetItem');
    expect(e.hint).toContain('invoke again with exactly the same calls, in the same order,');
    const script = await refusal(
      run({
        action: 'script',
        script: 'return 1;',
        approve: [{ service: 'dynamodb', operation: 'DeleteTable' }],
      }),
    );
    expect(script.hint).toContain('invoke again with the same script and approve list');
  });
});

describe('a region fan-out', () => {
  const fan = (regions: string[], extra: Record<string, unknown> = {}) => ({
    action: 'invoke',
    service: 'dynamodb',
    operation: 'DeleteTable',
    payload: { TableName: 'old' },
    regions,
    ...extra,
  });

  it('is bound to its regions and payload; the same fan-out runs once in each region', async () => {
    const regions = ['us-east-1', 'eu-west-1'];
    const token = await tokenFor(fan(regions));
    const withToken = { options: { confirmationToken: token } };
    for (const set of [
      fan([...regions, 'ap-south-1'], withToken),
      fan(['us-east-1'], withToken),
      fan(['eu-west-1', 'us-east-1'], withToken),
      { ...fan(regions, withToken), payload: { TableName: 'other' } },
    ]) {
      expect((await refusal(run(set))).code).toBe('InvalidConfirmationToken');
      expect(f.requests).toHaveLength(0);
    }
    const r = await run(fan(regions, withToken));
    // Both regions answered alike: one entry for both.
    expect(Object.keys(r.regions as object)).toEqual(['*']);
    expect(sent(f.requests)).toEqual([
      'DynamoDB_20120810.DeleteTable eu-west-1 {"TableName":"old"}',
      'DynamoDB_20120810.DeleteTable us-east-1 {"TableName":"old"}',
    ]);
  });
});

describe('a script with declared approvals', () => {
  const script = 'await aws.call("dynamodb", "DeleteTable", { TableName: "s1" }); return "done";';
  const declared = [{ service: 'dynamodb', operation: 'DeleteTable' }];

  it('is bound to the script text and the declared list; the same script runs once', async () => {
    const token = await tokenFor({ action: 'script', script, approve: declared });
    const withToken = { options: { confirmationToken: token } };
    for (const other of [
      { script: script.replace('s1', 's2'), approve: declared },
      { script, approve: [...declared, { service: 'dynamodb', operation: 'DeleteBackup' }] },
      { script, approve: declared, region: 'eu-west-1' },
    ]) {
      const e = await refusal(run({ action: 'script', ...other, ...withToken }));
      expect(e.code).toBe('InvalidConfirmationToken');
      expect(f.requests).toHaveLength(0);
    }
    const r = await run({ action: 'script', script, approve: declared, ...withToken });
    expect(r.result).toBe('done');
    expect(sent(f.requests)).toEqual(['DynamoDB_20120810.DeleteTable us-east-1 {"TableName":"s1"}']);
    f.requests.length = 0;
    const again = await refusal(run({ action: 'script', script, approve: declared, ...withToken }));
    expect(again.code).toBe('InvalidConfirmationToken');
    expect(f.requests).toHaveLength(0);
  });
});
