// The invoke use case through its pipeline, with real stores and a capture server for AWS: what
// is sent, what the agent gets, and what the audit record keeps, for each way a call can end.

import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ToolError } from '../../../src/errors/tool-error.js';
import { isToolError } from '../../../src/errors/tool-error.js';
import { localPrincipal, principalKey } from '../../../src/identity/principal.js';
import { invoke } from '../../../src/tools/execute/invoke.js';
import { decideCall, requireAllowed } from '../../../src/tools/execute/steps/decide.js';
import { resolveCall } from '../../../src/tools/execute/steps/resolve.js';
import { validate } from '../../../src/tools/execute/validate.js';
import type { ExecuteInput } from '../../../src/tools/execute-input.js';
import { ACCOUNT, dynamodbError, ok, openFixture, toolContext, type Fixture } from './pipeline-fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await openFixture();
});
afterAll(() => f.close());
beforeEach(() => {
  f.answer = ok;
  f.requests.length = 0;
});

const ME = principalKey(localPrincipal());
const getItem = (options: ExecuteInput['options'] = {}): ExecuteInput => ({
  action: 'invoke',
  service: 'dynamodb',
  operation: 'GetItem',
  payload: { TableName: 't', Key: { pk: { S: 'k1' } } },
  options,
});

async function refusal(p: Promise<unknown>): Promise<ToolError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!isToolError(e)) throw new Error(`expected a ToolError, got ${String(e)}`);
  return e;
}

const lastRecord = () => f.audit.list({ limit: 1 })[0]!;

describe('an allowed call', () => {
  it('sends one request; its result metadata and its audit record name the same call and person', async () => {
    const r = await invoke(f.services(''), getItem({ metadata: 'full' }), toolContext());
    expect(r.result).toEqual({ Item: { pk: { S: 'k1' } } });
    expect(f.requests).toHaveLength(1);
    const m = r.metadata as Record<string, unknown>;
    expect(f.requests[0]!.headers['user-agent']).toContain(`md/tx_id#${String(m.tx_id)}`);
    const entry = f.audit.get(m.tx_id as string)!;
    expect(entry).toMatchObject({
      status: 'succeeded',
      principal: ME,
      sessionId: 'local:test/stdio:1',
      service: m.service,
      operation: m.operation,
      region: m.region,
      modelCommit: m.modelCommit,
      awsRequestId: m.requestId,
      decision: { effect: 'allow' },
    });
    expect(entry.ops.map((o) => o.opId)).toEqual([m.op_id]);
  });
});

describe('the decide step', () => {
  it('refuses a denied call with PolicyDenied: nothing is sent, the record says denied', async () => {
    const s = f.services('rules:\n  deny: ["^dynamodb:GetItem$"]\n');
    const call = await resolveCall(s, getItem());
    const { decision } = decideCall(s, call, {}, { accountLookup: false, preview: false });
    const direct = (() => {
      try {
        requireAllowed(decision);
      } catch (e) {
        return e as ToolError;
      }
    })();
    expect(direct).toMatchObject({ code: 'PolicyDenied', details: { rule: 'rules.deny[0]' } });
    const e = await refusal(invoke(s, getItem(), toolContext()));
    expect(e.toBody()).toEqual(direct!.toBody());
    expect(f.requests).toHaveLength(0);
    expect(lastRecord()).toMatchObject({ status: 'denied', errorCode: 'PolicyDenied', principal: ME });
  });

  it('with an accounts policy, a refused call causes no traffic at all, not even the account lookup', async () => {
    const s = f.services(`accounts: ["${ACCOUNT}"]\nrules:\n  deny: ["^dynamodb:GetItem$"]\n`);
    expect((await refusal(invoke(s, getItem(), toolContext()))).code).toBe('PolicyDenied');
    expect(f.requests).toHaveLength(0);
  });

  it('with an accounts policy, an allowed call learns the account first, recorded under the same call', async () => {
    const s = f.services(`accounts: ["${ACCOUNT}"]\n`);
    const r = await invoke(s, getItem({ metadata: 'full' }), toolContext());
    const m = r.metadata as Record<string, unknown>;
    expect(m.account).toBe(ACCOUNT);
    const entry = f.audit.get(m.tx_id as string)!;
    expect(entry.account).toBe(ACCOUNT);
    expect(entry.ops.map((o) => `${o.kind} ${o.operation}`)).toContain('call dynamodb:GetItem');
  });
});

describe('approval', () => {
  it('a destructive call is refused ConfirmationRequired, sends nothing, and the token runs it once', async () => {
    const s = f.services('');
    const del: ExecuteInput = {
      action: 'invoke',
      service: 'dynamodb',
      operation: 'DeleteTable',
      payload: { TableName: 't' },
    };
    const first = await refusal(invoke(s, del, toolContext()));
    expect(first.code).toBe('ConfirmationRequired');
    expect(f.requests).toHaveLength(0);
    expect(lastRecord()).toMatchObject({ status: 'approval-required', principal: ME });
    const token = first.details?.confirmationToken as string;
    const r = await invoke(
      s,
      { ...del, options: { confirmationToken: token, metadata: 'full' } },
      toolContext(),
    );
    expect((r.metadata as { approval: string }).approval).toBe('token');
    expect(f.requests).toHaveLength(1);
    const again = await refusal(invoke(s, { ...del, options: { confirmationToken: token } }, toolContext()));
    expect(again.code).toBe('InvalidConfirmationToken');
    expect(f.requests).toHaveLength(1);
  });
});

describe('failures', () => {
  it('an AWS error becomes one ToolError: what the agent sees is what the record keeps', async () => {
    const codes = fc.constantFrom(
      'ResourceNotFoundException',
      'ThrottlingException',
      'AccessDeniedException',
    );
    await fc.assert(
      fc.asyncProperty(codes, fc.string({ minLength: 1, maxLength: 40 }), async (code, message) => {
        f.answer = () => dynamodbError(400, code, message);
        const e = await refusal(invoke(f.services(''), getItem(), toolContext()));
        expect(e.code).toBe('AwsError');
        expect(e.details).toMatchObject({ awsErrorCode: code, metadata: { tx_id: expect.any(String) } });
        const entry = f.audit.get((e.details!.metadata as { tx_id: string }).tx_id)!;
        expect(entry).toMatchObject({ status: 'failed', errorCode: code, httpStatus: 400 });
        expect(entry.errorMessage).toBe(e.message);
      }),
      { numRuns: 15 },
    );
  });

  it('a cancelled call is recorded cancelled and shown as Timeout', async () => {
    const stop = new AbortController();
    stop.abort();
    const e = await refusal(invoke(f.services(''), getItem(), toolContext({ signal: stop.signal })));
    expect(e.code).toBe('Timeout');
    expect(lastRecord()).toMatchObject({ status: 'cancelled', errorCode: 'Cancelled', principal: ME });
  });

  it('an invalid payload is refused before the policy asks anything of AWS, and recorded', async () => {
    const bad = { ...getItem(), payload: { TableName: 7 } };
    const e = await refusal(invoke(f.services(''), bad, toolContext()));
    expect(e.code).toBe('ValidationError');
    expect(f.requests).toHaveLength(0);
    expect(lastRecord()).toMatchObject({ status: 'failed', errorCode: 'ValidationError' });
  });
});

describe('the validate action', () => {
  it('runs resolve, validate and decide only, and records a validated call for the person', async () => {
    const r = await validate(f.services(''), { ...getItem(), action: 'validate' }, toolContext());
    expect(r).toMatchObject({ valid: true, decision: { effect: 'allow' } });
    expect(f.requests).toHaveLength(0);
    const entry = f.audit.get((r.metadata as { tx_id: string }).tx_id)!;
    expect(entry).toMatchObject({ status: 'validated', action: 'validate', principal: ME });
  });
});
