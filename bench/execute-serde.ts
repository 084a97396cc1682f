// Serde part of the execution benchmark (bench/execute.ts runs it last): building runtime schemas
// from every model, serializing and deserializing through the official protocol classes, and an
// invokeOperation round trip against a canned local listener.

import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { HttpResponse } from '@smithy/core/transport';
import type { ModelFile } from '../src/model/ast.js';
import { ServiceModel } from '../src/model/service-model.js';
import { invokeOperation } from '../src/execution/executor.js';
import { prepareInput } from '../src/execution/schemas/input-values.js';
import { runtimeFor } from '../src/execution/schemas/runtime.js';
import { deserializeOperation, serializeOperation } from '../src/execution/wire.js';
import { syntheticValue } from '../test/conformance/protocols/synthetic-input.js';
import { createCallEnvironment } from '../src/execution/environment.js';

/** One transport, clock and clock skew for every call of this file, as a server has. */
const env = createCallEnvironment();

const MODELS = path.resolve(import.meta.dirname, '..', '.cache', 'test-models');

function load(dir: string): ServiceModel {
  const serviceDir = path.join(MODELS, dir, 'service');
  const folder = path.join(serviceDir, readdirSync(serviceDir).sort().at(-1)!);
  const file = readdirSync(folder).find((f) => f.endsWith('.json'))!;
  return new ServiceModel(JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as ModelFile);
}

/** Rows of [step, calls, time per call]. */
export async function runSerdeBench(): Promise<Array<[string, number, string]>> {
  const rows: Array<[string, number, string]> = [];
  function record(step: string, calls: number, totalMs: number): void {
    rows.push([step, calls, `${((totalMs * 1000) / calls).toFixed(1)} µs`]);
  }

  async function time(step: string, calls: number, fn: (i: number) => unknown): Promise<void> {
    const t = performance.now();
    for (let i = 0; i < calls; i++) await fn(i);
    record(step, calls, performance.now() - t);
  }

  // 1. Every operation of every model: schemas + a synthetic input serialized.
  const dirs = readdirSync(MODELS).filter((d) => !['LICENSE', 'NOTICE'].includes(d) && !d.startsWith('.'));
  let ops = 0;
  let buildMs = 0;
  let serializeMs = 0;
  let parseMs = 0;
  for (const dir of dirs) {
    let t = performance.now();
    const model = load(dir);
    parseMs += performance.now() - t;
    t = performance.now();
    const rt = runtimeFor(model);
    for (const op of model.operations()) rt.schemas.operation(op);
    buildMs += performance.now() - t;
    t = performance.now();
    for (const op of model.operations()) {
      ops++;
      const id = model.inputOf(op);
      const input = prepareInput(model, op, id ? (syntheticValue(model, id) as Record<string, unknown>) : {});
      await serializeOperation(model, op, input, { url: new URL('https://example.com') });
    }
    serializeMs += performance.now() - t;
  }
  record(`JSON.parse of ${dirs.length} model files (per model)`, dirs.length, parseMs);
  record(`runtime (registry, protocol, all op schemas) per model`, dirs.length, buildMs);
  record(`prepareInput + serializeOperation, all ${ops} operations`, ops, serializeMs);

  // 2. Hot paths per protocol.
  const samples: Array<[string, string, Record<string, unknown>, number, Record<string, string>, string]> = [
    [
      'dynamodb',
      'PutItem',
      { TableName: 't', Item: { pk: { S: 'a' }, n: { N: '1' } } },
      200,
      { 'content-type': 'application/x-amz-json-1.0' },
      '{}',
    ],
    [
      'sts',
      'GetCallerIdentity',
      {},
      200,
      { 'content-type': 'text/xml' },
      '<GetCallerIdentityResponse><GetCallerIdentityResult><Account>1</Account></GetCallerIdentityResult></GetCallerIdentityResponse>',
    ],
    [
      's3',
      'ListObjectsV2',
      { Bucket: 'b', Prefix: 'p/' },
      200,
      { 'content-type': 'application/xml' },
      '<ListBucketResult><Name>b</Name><Contents><Key>k</Key><Size>1</Size></Contents></ListBucketResult>',
    ],
    [
      'lambda',
      'GetFunction',
      { FunctionName: 'f' },
      200,
      { 'content-type': 'application/json' },
      '{"Configuration":{"FunctionName":"f","Timeout":3}}',
    ],
    [
      'ec2',
      'DescribeInstances',
      { MaxResults: 5 },
      200,
      { 'content-type': 'text/xml' },
      '<DescribeInstancesResponse><reservationSet/></DescribeInstancesResponse>',
    ],
  ];
  for (const [dir, name, raw, status, headers, body] of samples) {
    const model = load(dir);
    const op = model.operation(name)!;
    const input = prepareInput(model, op, raw);
    const url = new URL('https://example.com');
    await time(`serializeOperation ${dir} ${name}`, 2000, () =>
      serializeOperation(model, op, input, { url }),
    );
    await time(`deserializeOperation ${dir} ${name}`, 2000, () =>
      deserializeOperation(
        model,
        op,
        new HttpResponse({
          statusCode: status,
          headers: { ...headers },
          body: Readable.from([Buffer.from(body)]),
        }) as never,
      ),
    );
  }

  // 3. Full round trip on 127.0.0.1 (keep-alive), signed.
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'r' });
      res.end('{"TableNames":["a"]}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const endpointUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const ddb = load('dynamodb');
  const listTables = ddb.operation('ListTables')!;
  const credentials = { accessKeyId: 'AKID', secretAccessKey: 'secret' };
  await time('invokeOperation dynamodb ListTables (local, signed, keep-alive)', 500, () =>
    invokeOperation({
      env,
      model: ddb,
      op: listTables,
      input: {},
      region: 'us-east-1',
      credentials,
      endpointUrl,
    }),
  );
  server.close();
  server.closeAllConnections();

  return rows;
}
