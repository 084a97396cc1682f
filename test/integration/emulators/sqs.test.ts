// SQS against sqslite. Emulator limitation: sqslite 2.1.1 (the latest) speaks only the legacy
// query protocol (form-encoded `Action=...`), while the SQS model, like every current AWS SDK, uses
// awsJson1_0 (SQS moved to JSON in 2023). sqslite answers any JSON request with 415 before reaching
// its handlers, so CreateQueue/SendMessage/ReceiveMessage/DeleteMessage/GetQueueAttributes cannot
// run against it. This suite proves the limitation with the official client (so it fails, and the
// full flow can be written, the day sqslite learns JSON) and checks that our server turns the
// emulator's non-AWS error into a structured AwsError and keeps serving.

import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from '../../helpers/server-env.js';
import { startMcpSession, startSqslite, type Emulator, type McpSession } from '../../helpers/emulators.js';

describe('sqs through aws_execute against sqslite', () => {
  let emu: Emulator;
  let mcp: McpSession;

  beforeAll(async () => {
    requireBuild();
    emu = await startSqslite();
    mcp = await startMcpSession({ AWS_ENDPOINT_URL_SQS: emu.endpoint });
  });
  afterAll(async () => {
    await mcp?.close();
    await emu?.stop();
  });

  it('is out of reach of any JSON-protocol client: the official SQS client gets 415 too', async () => {
    const official = new SQSClient({
      endpoint: emu.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      maxAttempts: 1,
    });
    try {
      const failure = await official.send(new CreateQueueCommand({ QueueName: 'jobs' })).then(
        () => undefined,
        (e: { $metadata?: { httpStatusCode?: number } }) => e,
      );
      expect(failure?.$metadata?.httpStatusCode).toBe(415);
    } finally {
      official.destroy();
    }
  });

  it('reports the emulator refusal as a structured AwsError, then keeps serving', async () => {
    const r = await mcp.invoke('sqs', 'CreateQueue', { QueueName: 'jobs' }, { metadata: 'full' });
    expect(r.isError).toBe(true);
    expect(r.data.error.code, JSON.stringify(r.data.error)).toBe('AwsError');
    expect(r.data.error.details).toMatchObject({ httpStatus: 415, retryable: false, fault: 'client' });
    expect(r.data.error.message).toContain('Unsupported Media Type');
    expect(r.data.error.details.metadata).toMatchObject({ service: 'sqs', operation: 'CreateQueue' });
    const next = await mcp.invoke('sqs', 'ListQueues', {});
    expect(next.isError).toBe(true);
    expect(next.data.error.details.httpStatus).toBe(415);
    const entries = await mcp.audit();
    expect(
      entries.filter((e) => e.service === 'sqs').map((e) => [e.operation, e.status, e.httpStatus]),
    ).toEqual(
      expect.arrayContaining([
        ['CreateQueue', 'failed', 415],
        ['ListQueues', 'failed', 415],
      ]),
    );
  });
});
