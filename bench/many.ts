// Benchmark of many calls in one round trip (issue 15). Run: npm run bench:many
// Three tasks through a built server over stdio against emulators on 127.0.0.1, each done three
// ways (single calls, batches, one script): wall time, tool calls, and characters of tool results
// the model reads. Tasks: (1) which of 40 s3rver buckets are public (ListBuckets, then
// GetBucketPolicyStatus each); (2) a DynamoDB scan-and-update over 200 items in dynalite; (3) one
// call (dynamodb:ListTables) in 10 regions against a capture endpoint, answering alike in every
// region, then with tables in 2 regions of the 10.
// Also: the cost of an inner call, as script time per inner call vs one direct invoke round trip.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import setupTestModels from '../test/global-setup.js';
import {
  startDynalite,
  startS3rver,
  startScriptedServer,
  writeStandardPolicy,
  type Emulator,
} from '../test/helpers/emulators.js';
import { BIN, serverEnv } from '../test/helpers/server-env.js';
import { REPO_ROOT } from '../test/helpers/paths.js';

const BUCKETS = Array.from({ length: 40 }, (_, i) => `bench-bucket-${String(i).padStart(2, '0')}`);
const ITEMS = 200;
const REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'eu-west-1',
  'eu-west-2',
  'eu-central-1',
  'ap-south-1',
  'ap-northeast-1',
  'sa-east-1',
];
const TABLE = 'bench-items';

interface Tally {
  calls: number;
  chars: number;
}

async function tool(client: Client, t: Tally, args: Record<string, unknown>): Promise<Record<string, any>> {
  const r = await client.callTool({ name: 'aws_execute', arguments: args });
  const content = r.content as { type: string; text?: string }[];
  t.calls += 1;
  t.chars += content.reduce((n, c) => n + (c.type === 'text' ? (c.text?.length ?? 0) : 0), 0);
  const data = (r.structuredContent ?? {}) as Record<string, any>;
  if (r.isError) throw new Error(`tool error: ${JSON.stringify(data).slice(0, 400)}`);
  return data;
}

const invoke = (service: string, operation: string, payload: object, extra: object = {}) => ({
  action: 'invoke',
  service,
  operation,
  payload,
  ...extra,
});

const chunks = <T>(xs: T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

type Way = 'single calls' | 'batch' | 'script';
type Task = Record<Way, (c: Client, t: Tally) => Promise<unknown>>;

const bucketsTask: Task = {
  'single calls': async (c, t) => {
    const r = await tool(c, t, invoke('s3', 'ListBuckets', {}));
    for (const b of r.result.Buckets) {
      await tool(c, t, invoke('s3', 'GetBucketPolicyStatus', { Bucket: b.Name })).catch(() => undefined);
    }
  },
  batch: async (c, t) => {
    const r = await tool(c, t, invoke('s3', 'ListBuckets', {}));
    const calls = r.result.Buckets.map((b: any) => ({
      service: 's3',
      operation: 'GetBucketPolicyStatus',
      payload: { Bucket: b.Name },
    }));
    for (const part of chunks(calls, 50)) await tool(c, t, { action: 'invoke', calls: part });
  },
  script: (c, t) =>
    tool(c, t, {
      action: 'script',
      script: `const r = await aws.call("s3", "ListBuckets", {});
        return Promise.all(r.Buckets.map(b => aws.call("s3", "GetBucketPolicyStatus", { Bucket: b.Name })
          .then(p => [b.Name, p.PolicyStatus?.IsPublic ?? false], e => [b.Name, e.code])));`,
    }),
};

const update = (pk: string) => ({
  TableName: TABLE,
  Key: { pk: { S: pk } },
  UpdateExpression: 'SET n = n + :one',
  ExpressionAttributeValues: { ':one': { N: '1' } },
});

const dynamoTask: Task = {
  'single calls': async (c, t) => {
    const r = await tool(
      c,
      t,
      invoke('dynamodb', 'Scan', { TableName: TABLE }, { options: { paginate: true, maxItems: 1000 } }),
    );
    for (const it of r.result.Items) await tool(c, t, invoke('dynamodb', 'UpdateItem', update(it.pk.S)));
  },
  batch: async (c, t) => {
    const r = await tool(
      c,
      t,
      invoke('dynamodb', 'Scan', { TableName: TABLE }, { options: { paginate: true, maxItems: 1000 } }),
    );
    const calls = r.result.Items.map((it: any) => ({
      service: 'dynamodb',
      operation: 'UpdateItem',
      payload: update(it.pk.S),
    }));
    for (const part of chunks(calls, 50)) await tool(c, t, { action: 'invoke', calls: part });
  },
  script: (c, t) =>
    tool(c, t, {
      action: 'script',
      script: `const r = await aws.paginate("dynamodb", "Scan", { TableName: "${TABLE}" }, { maxItems: 1000 });
        await Promise.all(r.Items.map(it => aws.call("dynamodb", "UpdateItem", { TableName: "${TABLE}",
          Key: { pk: it.pk }, UpdateExpression: "SET n = n + :one", ExpressionAttributeValues: { ":one": { N: "1" } } })));
        return { updated: r.Items.length };`,
    }),
};

const regionsTask: Task = {
  'single calls': async (c, t) => {
    for (const region of REGIONS) await tool(c, t, invoke('dynamodb', 'ListTables', {}, { region }));
  },
  batch: (c, t) => tool(c, t, invoke('dynamodb', 'ListTables', {}, { regions: REGIONS })),
  script: (c, t) =>
    tool(c, t, {
      action: 'script',
      script: `const regions = ${JSON.stringify(REGIONS)};
        const r = await Promise.all(regions.map(region => aws.call("dynamodb", "ListTables", {}, { region })));
        return Object.fromEntries(regions.map((region, i) => [region, r[i].TableNames.length]));`,
    }),
};

async function setup(client: Client): Promise<void> {
  const t: Tally = { calls: 0, chars: 0 };
  for (const part of chunks(BUCKETS, 50)) {
    await tool(client, t, {
      action: 'invoke',
      calls: part.map((Bucket) => ({ service: 's3', operation: 'CreateBucket', payload: { Bucket } })),
    });
  }
  await tool(
    client,
    t,
    invoke(
      'dynamodb',
      'CreateTable',
      {
        TableName: TABLE,
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      },
      { options: { waitFor: 'TableExists' } },
    ),
  );
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    service: 'dynamodb',
    operation: 'PutItem',
    payload: { TableName: TABLE, Item: { pk: { S: `item-${i}` }, n: { N: '0' } } },
  }));
  for (const part of chunks(items, 50)) await tool(client, t, { action: 'invoke', calls: part });
}

async function connect(env: Record<string, string>): Promise<Client> {
  const client = new Client({ name: 'bench-many', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({ command: process.execPath, args: [BIN], env, stderr: 'pipe' }),
  );
  return client;
}

async function measure(name: string, task: Task, client: Client, rows: string[]): Promise<void> {
  for (const way of ['single calls', 'batch', 'script'] as Way[]) {
    const t: Tally = { calls: 0, chars: 0 };
    const start = performance.now();
    await task[way](client, t);
    const ms = performance.now() - start;
    rows.push(`| ${name} | ${way} | ${t.calls} | ${ms.toFixed(0)} | ${t.chars} |`);
    process.stderr.write(`${rows.at(-1)}\n`);
  }
}

async function main(): Promise<void> {
  setupTestModels();
  const s3: Emulator = await startS3rver();
  const dynamo: Emulator = await startDynalite();
  // Which regions have tables: every one alike (the first regions task), or two of ten (the second,
  // closer to "list my instances everywhere", where most regions have none).
  let tablesIn = (_region: string): string[] => ['a', 'b'];
  const capture = await startScriptedServer((req, res) => {
    const region = /Credential=[^/]+\/\d+\/([^/]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? '';
    res
      .writeHead(200, { 'content-type': 'application/x-amz-json-1.0' })
      .end(JSON.stringify({ TableNames: tablesIn(region) }));
  });
  const base = {
    POLICY_PATH: writeStandardPolicy(),
    AWS_MCP_AUTO_APPROVE_DESTRUCTIVE: 'true',
    AWS_ACCESS_KEY_ID: 'S3RVER', // s3rver checks it; the other peers accept any key
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
  };
  const emulated = await connect(
    serverEnv({ ...base, AWS_ENDPOINT_URL_S3: s3.endpoint, AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint }),
  );
  const captured = await connect(serverEnv({ ...base, AWS_ENDPOINT_URL_DYNAMODB: capture.endpoint }));
  const rows: string[] = [];
  try {
    await setup(emulated);
    await measure('40 buckets: public?', bucketsTask, emulated, rows);
    await measure(`DynamoDB scan + update ${ITEMS} items`, dynamoTask, emulated, rows);
    await measure('ListTables in 10 regions (capture endpoint)', regionsTask, captured, rows);
    tablesIn = (region) => (region === 'us-east-1' || region === 'eu-west-1' ? ['orders', 'users'] : []);
    await measure('ListTables in 10 regions, tables in 2', regionsTask, captured, rows);
  } finally {
    await Promise.all([emulated.close(), captured.close()]);
    await Promise.all([s3.stop(), dynamo.stop(), capture.stop()]);
  }
  const out = [
    '| task | way | tool calls | wall ms | chars to the model |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
  console.log(out);
  writeFileSync(path.join(REPO_ROOT, 'bench', 'results-many.md'), `${out}\n`);
}

await main();
