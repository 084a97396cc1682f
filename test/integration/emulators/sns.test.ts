// SNS (awsQuery) end to end: the built server over stdio, through aws_execute, against
// serverless-offline-sns's SNSServer on 127.0.0.1, delivering to an HTTP subscriber we run.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from '../../helpers/server-env.js';
import {
  startMcpSession,
  startScriptedServer,
  startSnsServer,
  type Emulator,
  type McpSession,
  type ScriptedServer,
} from '../../helpers/emulators.js';

/** The HTTP notification SNS posts to a subscriber. */
interface Delivery {
  Type: string;
  Message: string;
  Subject?: string;
  TopicArn: string;
  MessageId: string;
  MessageAttributes?: object;
}

describe('sns through aws_execute against SNSServer', () => {
  let emu: Emulator;
  let subscriber: ScriptedServer;
  let mcp: McpSession;
  const deliveries: Delivery[] = [];
  let delivered: () => void = () => {};
  const txIds: string[] = [];
  let topicArn = '';

  beforeAll(async () => {
    requireBuild();
    emu = await startSnsServer('us-east-1', '123456789012');
    subscriber = await startScriptedServer((_req, res, body) => {
      deliveries.push(JSON.parse(body.toString('utf8')) as Delivery);
      res.end('ok');
      delivered();
    });
    mcp = await startMcpSession({ AWS_ENDPOINT_URL_SNS: emu.endpoint });
  });
  afterAll(async () => {
    await mcp?.close();
    await subscriber?.stop();
    await emu?.stop();
  });

  it('creates topics', async () => {
    for (const Name of ['alerts-e2e', 'audit-e2e']) {
      const r = await mcp.invoke('sns', 'CreateTopic', { Name });
      expect(r.isError, JSON.stringify(r.data)).toBe(false);
      expect(r.data.result.TopicArn).toBe(`arn:aws:sns:us-east-1:123456789012:${Name}`);
      txIds.push(r.data.metadata.tx_id);
    }
    topicArn = 'arn:aws:sns:us-east-1:123456789012:alerts-e2e';
  });

  it('subscribes an HTTP endpoint', async () => {
    const r = await mcp.invoke('sns', 'Subscribe', {
      TopicArn: topicArn,
      Protocol: 'http',
      Endpoint: `${subscriber.endpoint}/hook`,
    });
    expect(r.isError).toBe(false);
    expect(r.data.result.SubscriptionArn).toMatch(new RegExp(`^${topicArn}:`));
    const subs = await mcp.invoke('sns', 'ListSubscriptions', {});
    expect(subs.isError).toBe(false);
    expect(subs.data.result.Subscriptions).toEqual([
      expect.objectContaining({
        TopicArn: topicArn,
        Protocol: 'http',
        Endpoint: `${subscriber.endpoint}/hook`,
      }),
    ]);
  });

  it('publishes a message that reaches the subscriber', async () => {
    const arrived = new Promise<void>((resolve) => (delivered = resolve));
    const r = await mcp.invoke(
      'sns',
      'Publish',
      {
        TopicArn: topicArn,
        Subject: 'disk space',
        Message: 'volume ünïcode 日本 at 91%',
        MessageAttributes: { severity: { DataType: 'String', StringValue: 'high' } },
      },
      { metadata: 'full' },
    );
    expect(r.isError, JSON.stringify(r.data)).toBe(false);
    expect(r.data.result.MessageId).toEqual(expect.any(String));
    expect(r.data.metadata.httpStatus).toBe(200);
    await arrived;
    const sns = deliveries[0]!;
    expect(sns).toMatchObject({
      Type: 'Notification',
      TopicArn: topicArn,
      Subject: 'disk space',
      Message: 'volume ünïcode 日本 at 91%',
      MessageId: r.data.result.MessageId,
    });
    expect(JSON.stringify(sns.MessageAttributes)).toContain('high');
    txIds.push(r.data.metadata.tx_id);
  });

  it('lists the topics, also with options.paginate', async () => {
    for (const options of [undefined, { paginate: true, metadata: 'full' as const }]) {
      const r = await mcp.invoke('sns', 'ListTopics', {}, options);
      expect(r.isError).toBe(false);
      expect(r.data.result.Topics.map((t: { TopicArn: string }) => t.TopicArn).sort()).toEqual([
        'arn:aws:sns:us-east-1:123456789012:alerts-e2e',
        'arn:aws:sns:us-east-1:123456789012:audit-e2e',
      ]);
      if (options) expect(r.data.metadata.pages).toBe(1);
    }
  });

  it('refuses an invalid payload before calling SNS', async () => {
    const r = await mcp.invoke('sns', 'Publish', { TopicArn: topicArn });
    expect(r.isError).toBe(true);
    expect(r.data.error.code).toBe('ValidationError');
    expect(JSON.stringify(r.data.error)).toContain('Message');
    expect(r.data.error.details.metadata?.tx_id).toBeUndefined();
    expect(deliveries).toHaveLength(1);
  });

  it('leaves every call in the audit trail', async () => {
    const entries = await mcp.audit();
    const byTx = new Map(entries.map((e) => [e.txId, e]));
    for (const tx of txIds) expect(byTx.get(tx)).toMatchObject({ service: 'sns', status: 'succeeded' });
    expect(byTx.get(txIds.at(-1)!)).toMatchObject({
      operation: 'Publish',
      request: { Subject: 'disk space' },
    });
  });
});
