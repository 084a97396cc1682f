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
// time is a cost, not a share of a concurrent run. Per inner call: way's time / N - direct's, in
// wall time and in this process's CPU time (less swayed by other jobs on a loaded machine).
// --profile then runs more script rounds under the CPU profiler: bench/many-overhead.cpuprofile.

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
  const samples: Record<Way, number[]> = { 'bare request': [], direct: [], batch: [], script: [] };
  const cpu: Record<Way, number[]> = { 'bare request': [], direct: [], batch: [], script: [] };
  const profiler = process.argv.includes('--profile') ? await startProfiler() : undefined;
  try {
    for (const way of WAYS) await runs[way](); // warm: models loaded, statements prepared, JIT
    for (let round = 0; round < ROUNDS; round++) {
      for (const way of WAYS) {
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        await runs[way]();
        const used = process.cpuUsage(cpuStart);
        samples[way].push((performance.now() - start) / N);
        cpu[way].push((used.user + used.system) / 1000 / N);
        f.requests.length = 0;
      }
    }
    if (profiler) {
      await profiler.post('Profiler.start');
      for (let round = 0; round < ROUNDS; round++) await runs.script();
      const { profile } = await profiler.post('Profiler.stop');
      writeFileSync(path.join(REPO_ROOT, 'bench', 'many-overhead.cpuprofile'), JSON.stringify(profile));
      profiler.disconnect();
    }
  } finally {
    await f.close();
  }
  report(samples, cpu);
}

/** --profile: a CPU profile of script rounds after the measured ones (it would slow them). */
async function startProfiler(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  return session;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function report(wall: Record<Way, number[]>, cpu: Record<Way, number[]>): void {
  const cell = (xs: Record<Way, number[]>, way: Way): string => {
    const perCall = median(xs[way]);
    const over = way === 'batch' || way === 'script' ? ` (+${(perCall - median(xs.direct)).toFixed(2)})` : '';
    return `${perCall.toFixed(2)}${over}`;
  };
  const rows = WAYS.map((way) => `| ${way} | ${cell(wall, way)} | ${cell(cpu, way)} |`);
  const out = [
    `${N} calls of dynamodb:GetItem per way, median of ${ROUNDS} alternating rounds, capture endpoint answering at once.`,
    'In brackets: what an inner call adds over a direct invoke. CPU is this process (the endpoint included).',
    '',
    '| way | wall ms per call | CPU ms per call |',
    '| --- | ---: | ---: |',
    ...rows,
  ].join('\n');
  console.log(out);
  writeFileSync(path.join(REPO_ROOT, 'bench', 'results-many-overhead.md'), `${out}\n`);
}

await main();
