// Benchmark: endpoint resolution (uncached and cached) over every service model, and signing
// (SigV4, SigV4a). Run: npx tsx bench/endpoints.ts [models dir]  (default: .cache/test-models)

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { HttpRequest } from '@smithy/core/protocols';
import type { ModelFile } from '../src/model/ast.js';
import { ServiceModel } from '../src/model/service-model.js';
import { resolveEndpoint } from '../src/execution/endpoints.js';
import { signRequest } from '../src/execution/signing.js';

const root = process.argv[2] ?? path.join('.cache', 'test-models');
const models: ServiceModel[] = [];
for (const dir of readdirSync(root).sort()) {
  const serviceDir = path.join(root, dir, 'service');
  let versions: string[];
  try {
    versions = readdirSync(serviceDir).sort();
  } catch {
    continue;
  }
  const folder = path.join(serviceDir, versions.at(-1)!);
  const file = readdirSync(folder).find((f) => f.endsWith('.json'))!;
  models.push(new ServiceModel(JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as ModelFile));
}

function time(label: string, n: number, fn: () => void): [string, string, string] {
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  return [label, String(n), `${((ms * 1000) / n).toFixed(1)} µs`];
}

const calls = models.flatMap((model) =>
  model
    .operations()
    .slice(0, 5)
    .map((op) => ({ model, op })),
);
const regions = ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'us-gov-west-1', 'cn-north-1'];
const rows: Array<[string, string, string]> = [];
let n = 0;
rows.push(
  time('resolveEndpoint, first call per parameter set', calls.length * regions.length, () => {
    for (const region of regions)
      for (const c of calls) {
        try {
          resolveEndpoint({ ...c, input: {}, region });
        } catch {
          n++; // services absent from a partition throw InvalidRegion/InvalidInput: also work
        }
      }
  }),
);
rows.push(
  time('resolveEndpoint, cached parameter set', calls.length * regions.length, () => {
    for (const region of regions)
      for (const c of calls) {
        try {
          resolveEndpoint({ ...c, input: {}, region });
        } catch {
          /* as above */
        }
      }
  }),
);

const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const req = new HttpRequest({
  method: 'POST',
  protocol: 'https:',
  hostname: 'sqs.us-east-1.amazonaws.com',
  path: '/',
  headers: { 'content-type': 'application/x-amz-json-1.0' },
  body: '{"QueueNamePrefix":"a"}',
});
const SIGNS = 2000;
for (const scheme of [
  { name: 'sigv4' as const, signingName: 'sqs', signingRegion: 'us-east-1' },
  { name: 'sigv4a' as const, signingName: 's3', signingRegionSet: ['*'] },
]) {
  const count = scheme.name === 'sigv4a' ? SIGNS / 10 : SIGNS;
  const t0 = performance.now();
  for (let i = 0; i < count; i++)
    await signRequest(req, { scheme, credentials: creds, region: 'us-east-1', service: {} });
  rows.push([
    `signRequest ${scheme.name}`,
    String(count),
    `${(((performance.now() - t0) * 1000) / count).toFixed(1)} µs`,
  ]);
}

console.log(
  `${models.length} models, ${calls.length} operations x ${regions.length} regions (${n} resolution errors)`,
);
console.log('| step | calls | per call |\n|---|---:|---:|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
