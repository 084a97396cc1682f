// What an inner call of a batch or a script adds over a direct invoke, in isolation (issue 15's
// "at most 5 ms per inner call"). Run: npm run bench:many-overhead [-- --profile]
// In one process, with the real catalog, policy, SQLite audit and approval stores, and a local
// capture endpoint that answers at once (pipeline-fixture.ts), the same call (dynamodb GetItem) is
// made N times four ways, side by side in alternating rounds:
//   bare request  a signed-request-free HTTP POST of the same body to the same endpoint (the floor);
//   direct        N aws_execute invokes one after another (the single-call path, MCP aside);
//   batch         one aws_execute batch of N calls;
//   script        one script awaiting N aws.call in a loop.
// Batch and script run one call at a time (rate_limits.concurrent_calls: 1) so that a per-call
// time is a cost, not a share of a concurrent run. Per inner call: (way's time - direct's) / N.
// --profile writes a CPU profile of the script and batch rounds to bench/many-overhead.cpuprofile.

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import setupTestModels from '../test/global-setup.js';
import { REPO_ROOT } from '../test/helpers/paths.js';
import { openFixture, toolContext } from '../test/integration/tools/pipeline-fixture.js';
import { runExecute } from '../src/tools/many/dispatch.js';
import type { ExecuteToolInput } from '../src/tools/execute-input.js';

const N = 50;
const ROUNDS = 9;
const CALL = {
  service: 'dynamodb',
  operation: 'GetItem',
  payload: { TableName: 't', Key: { pk: { S: 'k1' } } },
};
const SCRIPT = `for (let i = 0; i < ${N}; i++) await aws.call("dynamodb", "GetItem", ${JSON.stringify(CALL.payload)});
  return ${N};`;

type Way = 'bare request' | 'direct' | 'batch' | 'script';
const WAYS: readonly Way[] = ['bare request', 'direct', 'batch', 'script'];

async function main(): Promise<void> {
  setupTestModels();
  const f = await openFixture();
  const services = f.services('rate_limits: { concurrent_calls: 1 }\n');
  const endpoint = services.settings.endpointOverrides!.global!;
  const exec = (args: Record<string, unknown>) =>
    runExecute(services, args as ExecuteToolInput, toolContext());
  const runs: Record<Way, () => Promise<unknown>> = {
    'bare request': async () => {
      for (let i = 0; i < N; i++) {
        const r = await fetch(endpoint, {
          method: 'POST',
          headers: { 'x-amz-target': 'DynamoDB_20120810.GetItem' },
          body: JSON.stringify(CALL.payload),
        });
        await r.text();
      }
    },
    direct: async () => {
      for (let i = 0; i < N; i++) await exec({ action: 'invoke', ...CALL });
    },
    batch: () => exec({ action: 'invoke', calls: Array.from({ length: N }, () => CALL) }),
    script: () => exec({ action: 'script', script: SCRIPT }),
  };
  const profile = process.argv.includes('--profile');
  const samples: Record<Way, number[]> = { 'bare request': [], direct: [], batch: [], script: [] };
  const session = profile ? new Session() : undefined;
  try {
    for (const way of WAYS) await runs[way](); // warm: models loaded, statements prepared, JIT
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const way of WAYS) {
        const start = performance.now();
        await runs[way]();
        samples[way].push((performance.now() - start) / N);
        f.requests.length = 0;
      }
    }
    if (session) {
      const { profile: cpu } = await session.post('Profiler.stop');
      writeFileSync(path.join(REPO_ROOT, 'bench', 'many-overhead.cpuprofile'), JSON.stringify(cpu));
      session.disconnect();
    }
  } finally {
    await f.close();
  }
  report(samples);
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function report(samples: Record<Way, number[]>): void {
  const direct = median(samples.direct);
  const rows = WAYS.map((way) => {
    const perCall = median(samples[way]);
    const over = way === 'batch' || way === 'script' ? `${(perCall - direct).toFixed(2)}` : '';
    return `| ${way} | ${perCall.toFixed(2)} | ${over} |`;
  });
  const out = [
    `${N} calls of dynamodb:GetItem per way, median of ${ROUNDS} alternating rounds, capture endpoint answering at once.`,
    '',
    '| way | ms per call | ms added per inner call over a direct invoke |',
    '| --- | ---: | ---: |',
    ...rows,
  ].join('\n');
  console.log(out);
  writeFileSync(path.join(REPO_ROOT, 'bench', 'results-many-overhead.md'), `${out}\n`);
}

await main();
