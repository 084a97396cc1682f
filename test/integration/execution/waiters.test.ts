import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  awsErrorCodeOf,
  findServiceWaiter,
  listWaiters,
  waitFor,
  waiterDelaySeconds,
  type AcceptorState,
  type WaitOptions,
} from '../../../src/execution/workflows/waiters.js';
import { ToolError } from '../../../src/errors/tool-error.js';
import type { OperationView } from '../../../src/model/service-model.js';
import { scripted, Thrown } from './shaping-models.js';
import { operationOf } from '../../helpers/models.js';

/** A clock that only moves when the waiter sleeps (calls take no time). */
function fakeClock(): { now: () => number; sleep: (ms: number) => Promise<void>; sleeps: number[] } {
  let t = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
  };
}

const awsError = (code: string): ToolError =>
  new ToolError('AwsError', `${code}: boom`, { details: { code } });

function instances(...states: string[]): Record<string, unknown> {
  return {
    Reservations: [{ Instances: states.map((Name, i) => ({ InstanceId: `i-${i}`, State: { Name } })) }],
  };
}

function run(
  service: string,
  operation: string,
  waiterName: string,
  outputs: (Record<string, unknown> | Error | Thrown)[],
  extra: Partial<WaitOptions> = {},
): Promise<Awaited<ReturnType<typeof waitFor>>> & { progress: [number, number, AcceptorState][] } {
  const { model, op } = operationOf(service, operation);
  const clock = fakeClock();
  const progress: [number, number, AcceptorState][] = [];
  const p = waitFor({
    model,
    op,
    waiterName,
    input: {},
    call: scripted(outputs).call,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    onProgress: (a, e, s) => progress.push([a, e, s]),
    ...extra,
  });
  return Object.assign(p, { progress });
}

describe('listWaiters', () => {
  it('reads the waitable trait with Smithy defaults', () => {
    const { model, op } = operationOf('ec2', 'DescribeInstances');
    const waiters = listWaiters(model, op);
    expect(waiters.map((w) => w.name)).toEqual(
      expect.arrayContaining(['InstanceExists', 'InstanceRunning', 'InstanceStopped', 'InstanceTerminated']),
    );
    const running = waiters.find((w) => w.name === 'InstanceRunning')!;
    expect(running).toMatchObject({ minDelay: 15, maxDelay: 120, deprecated: false });
    const s3 = operationOf('s3', 'HeadBucket');
    expect(listWaiters(s3.model, s3.op).map((w) => [w.name, w.minDelay])).toEqual([
      ['BucketExists', 5],
      ['BucketNotExists', 5],
    ]);
    expect(listWaiters(s3.model, operationOf('s3', 'ListBuckets').op)).toEqual([]);
  });

  it('finds the operation that owns a waiter, in any case', () => {
    const { model } = operationOf('dynamodb', 'DescribeTable');
    expect(findServiceWaiter(model, 'tableexists')?.op.name).toBe('DescribeTable');
    expect(findServiceWaiter(model, 'Nope')).toBeUndefined();
  });
});

describe('waitFor (ec2 InstanceRunning)', () => {
  it('retries on InvalidInstanceID.NotFound and pending, succeeds when every instance runs', async () => {
    const p = run('ec2', 'DescribeInstances', 'InstanceRunning', [
      awsError('InvalidInstanceID.NotFound'),
      instances('running', 'pending'),
      instances('running', 'running'),
    ]);
    const r = await p;
    expect(r.state).toBe('success');
    expect(r.attempts).toBe(3);
    expect(r.matchedAcceptor?.matcher).toMatchObject({
      output: { comparator: 'allStringEquals', expected: 'running' },
    });
    expect(r.lastOutput).toEqual(instances('running', 'running'));
    expect(p.progress.map(([a, , s]) => [a, s])).toEqual([
      [1, 'retry'],
      [2, 'retry'],
      [3, 'success'],
    ]);
    // minDelay 15s first, then jittered exponential backoff.
    expect(p.progress[1]![1]).toBe(15_000);
  });

  it('fails fast when any instance is terminated (anyStringEquals)', async () => {
    const r = await run('ec2', 'DescribeInstances', 'InstanceRunning', [instances('running', 'terminated')]);
    expect(r.state).toBe('failure');
    expect(r.attempts).toBe(1);
    expect(r.matchedAcceptor).toMatchObject({
      state: 'failure',
      matcher: { output: { expected: 'terminated' } },
    });
  });

  it('does not treat an empty result as "all running"', async () => {
    const r = await run('ec2', 'DescribeInstances', 'InstanceRunning', [{ Reservations: [] }], {
      maxWaitSeconds: 40,
    });
    expect(r.state).toBe('timeout');
    const exists = await run('ec2', 'DescribeInstances', 'InstanceExists', [
      { Reservations: [] },
      instances('pending'),
    ]);
    expect(exists.state).toBe('success');
    expect(exists.attempts).toBe(2);
  });
});

describe('waitFor (errors)', () => {
  it('matches SDK-style errors by name (dynamodb TableExists)', async () => {
    const notFound = Object.assign(new Error('Requested resource not found'), {
      name: 'ResourceNotFoundException',
    });
    const r = await run('dynamodb', 'DescribeTable', 'TableExists', [
      notFound,
      { Table: { TableStatus: 'CREATING' } },
      { Table: { TableStatus: 'ACTIVE' } },
    ]);
    expect(r.state).toBe('success');
    expect(r.attempts).toBe(3);
  });

  it('s3 BucketExists: success matcher, NotFound retries, any other error fails', async () => {
    const ok = await run('s3', 'HeadBucket', 'BucketExists', [awsError('NotFound'), {}]);
    expect(ok).toMatchObject({
      state: 'success',
      attempts: 2,
      matchedAcceptor: { matcher: { success: true } },
    });
    const denied = awsError('Forbidden');
    const failed = await run('s3', 'HeadBucket', 'BucketExists', [denied]);
    expect(failed.state).toBe('failure');
    expect(failed.lastError).toBe(denied);
    expect(failed.matchedAcceptor).toBeUndefined();
    const gone = await run('s3', 'HeadBucket', 'BucketNotExists', [
      {},
      awsError('com.amazonaws.s3#NotFound'),
    ]);
    expect(gone).toMatchObject({
      state: 'success',
      attempts: 2,
      matchedAcceptor: { matcher: { errorType: 'NotFound' } },
    });
  });

  it("accepts the engine's AwsServiceError thrown as is (code is the modeled shape name)", async () => {
    const serviceError = {
      code: 'ResourceNotFoundException',
      message: 'Requested resource not found',
      httpStatus: 400,
      retryable: false,
      fault: 'client',
      modeled: true,
    };
    const r = await run('dynamodb', 'DescribeTable', 'TableNotExists', [
      { Table: { TableStatus: 'DELETING' } },
      new Thrown(serviceError),
    ]);
    expect(r).toMatchObject({ state: 'success', attempts: 2, lastError: serviceError });
  });

  it('rethrows problems that are not AWS answers (credentials, network)', async () => {
    const creds = new ToolError('CredentialsError', 'no credentials');
    await expect(run('s3', 'HeadBucket', 'BucketExists', [creds])).rejects.toBe(creds);
  });

  it('reads AWS error codes from ToolError details and SDK errors', () => {
    expect(awsErrorCodeOf(awsError('InvalidInstanceID.NotFound'))).toBe('InvalidInstanceID.NotFound');
    expect(awsErrorCodeOf(new ToolError('AwsError', 'x', { details: { errorCode: 'Throttling' } }))).toBe(
      'Throttling',
    );
    expect(awsErrorCodeOf(Object.assign(new Error('x'), { name: 'NoSuchKey' }))).toBe('NoSuchKey');
    expect(awsErrorCodeOf(new Error('plain'))).toBeUndefined();
  });
});

describe('waitFor (time)', () => {
  it('times out at maxWaitSeconds without ever sleeping past it', async () => {
    const { model, op } = operationOf('dynamodb', 'DescribeTable');
    const clock = fakeClock();
    const r = await waitFor({
      model,
      op,
      waiterName: 'TableExists',
      input: { TableName: 't' },
      call: scripted([{ Table: { TableStatus: 'CREATING' } }]).call,
      maxWaitSeconds: 100,
      now: clock.now,
      sleep: clock.sleep,
      random: () => 0.99,
    });
    expect(r.state).toBe('timeout');
    expect(r.elapsedMs).toBe(100_000);
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(clock.sleeps[0]).toBe(20_000); // TableExists minDelay
    expect(r.attempts).toBe(clock.sleeps.length + 1);
  });

  it('caps maxWaitSeconds at 600', async () => {
    const r = await run('s3', 'HeadBucket', 'BucketExists', [awsError('NotFound')], {
      maxWaitSeconds: 10_000,
    });
    expect(r.state).toBe('timeout');
    expect(r.elapsedMs).toBe(600_000);
  });

  it('never hangs even when sleep does not advance the clock', async () => {
    const r = await run('s3', 'HeadBucket', 'BucketExists', [awsError('NotFound')], {
      maxWaitSeconds: 30,
      sleep: async () => undefined,
    });
    expect(r.state).toBe('timeout');
    expect(r.attempts).toBeLessThanOrEqual(30 / 5 + 2);
  });

  it('stops when the signal aborts during a real sleep', async () => {
    const { model, op } = operationOf('dynamodb', 'DescribeTable');
    const controller = new AbortController();
    const p = waitFor({
      model,
      op,
      waiterName: 'TableExists',
      input: {},
      call: scripted([{ Table: { TableStatus: 'CREATING' } }]).call,
      signal: controller.signal,
      onProgress: () => setTimeout(() => controller.abort(), 5),
    });
    await expect(p).rejects.toThrow();
  });

  it('rejects an unknown waiter, naming the valid ones or the operation that has it', async () => {
    const err = await run('ec2', 'DescribeInstances', 'InstanceRuning', [{}]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect((err as ToolError).code).toBe('InvalidInput');
    expect((err as ToolError).hint).toContain('InstanceRunning');
    expect((err as ToolError).details?.validWaiters).toContain('InstanceStopped');
    const wrongOp = (await run('ec2', 'RunInstances', 'InstanceRunning', [{}]).catch(
      (e: unknown) => e,
    )) as ToolError;
    expect(wrongOp.code).toBe('InvalidInput');
    expect(wrongOp.hint).toContain('DescribeInstances');
  });

  it('follows the Smithy backoff: minDelay first, jitter within bounds, never past the deadline', () => {
    expect(
      waiterDelaySeconds({
        attempt: 1,
        minDelay: 2,
        maxDelay: 120,
        remainingSeconds: 300,
        random: () => 0.9999,
      }),
    ).toBe(2);
    expect(
      waiterDelaySeconds({
        attempt: 3,
        minDelay: 2,
        maxDelay: 120,
        remainingSeconds: 300,
        random: () => 0.9999,
      }),
    ).toBe(8);
    expect(
      waiterDelaySeconds({
        attempt: 40,
        minDelay: 2,
        maxDelay: 120,
        remainingSeconds: 300,
        random: () => 0.9999,
      }),
    ).toBe(120);
    // The last retry is stretched to the deadline rather than leaving less than minDelay.
    expect(
      waiterDelaySeconds({
        attempt: 2,
        minDelay: 2,
        maxDelay: 120,
        remainingSeconds: 5,
        random: () => 0.9999,
      }),
    ).toBe(5);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 600 }),
        fc.double({ min: 0.001, max: 900, noNaN: true }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (attempt, minDelay, extra, remainingSeconds, r) => {
          const maxDelay = minDelay + extra;
          const d = waiterDelaySeconds({ attempt, minDelay, maxDelay, remainingSeconds, random: () => r });
          return (
            d > 0 &&
            d <= remainingSeconds &&
            (d >= Math.min(minDelay, remainingSeconds) || d === remainingSeconds) &&
            d <= Math.max(maxDelay, remainingSeconds)
          );
        },
      ),
    );
  });
});

describe('waitFor (matchers on a real operation with an added waiter)', () => {
  function withWaiter(op: OperationView, waiter: unknown): OperationView {
    return {
      ...op,
      shape: { ...op.shape, traits: { ...op.shape.traits, 'smithy.waiters#waitable': { Custom: waiter } } },
    };
  }

  it('evaluates inputOutput paths over {input, output}, timestamps as epoch seconds, failure messages', async () => {
    const { model, op } = operationOf('dynamodb', 'DescribeTable');
    const custom = withWaiter(op, {
      acceptors: [
        {
          state: 'failure',
          matcher: {
            output: { path: 'Table.TableStatus', expected: 'DELETING', comparator: 'stringEquals' },
          },
          message: 'Table.TableName',
        },
        {
          state: 'success',
          matcher: {
            inputOutput: {
              path: 'input.TableName == output.Table.TableName && output.Table.CreationDateTime > `1000`',
              expected: 'true',
              comparator: 'booleanEquals',
            },
          },
        },
      ],
    });
    const clock = fakeClock();
    const created = new Date(5_000_000);
    const r = await waitFor({
      model,
      op: custom,
      waiterName: 'Custom',
      input: { TableName: 't1' },
      call: scripted([
        { Table: { TableName: 'other' } },
        { Table: { TableName: 't1', CreationDateTime: created } },
      ]).call,
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(r).toMatchObject({ state: 'success', attempts: 2 });
    const failed = await waitFor({
      model,
      op: custom,
      waiterName: 'Custom',
      input: {},
      call: scripted([{ Table: { TableName: 'doomed', TableStatus: 'DELETING' } }]).call,
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(failed).toMatchObject({ state: 'failure', message: 'doomed' });
  });
});
