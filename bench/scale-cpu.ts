// `npm run bench:scale-cpu`: server CPU per call of two builds side by side, for changes to the
// HTTP path. BENCH_BASELINE_DIST names the other build's dist folder (e.g. `git stash; npm run
// build; cp -r dist .cache/dist-before; git stash pop`); this tree's dist is the candidate. Each
// round starts one `serve --http` instance of each build in turn (order alternating), with SQLite,
// drives it with the same 50 MCP clients as bench:scale (2026-07-28 era, aws_execute dynamodb
// GetItem against dynalite), and reads the instance's CPU time from /proc: CPU per call, not wall
// time, so a busy machine slows both builds alike. BENCH_ROUNDS (default 3), BENCH_SECONDS
// (default 10) per measured phase.

import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectClients, cpuMs, drive, seededDynalite, serve, tmp } from './scale-harness.js';

const baselineDist = process.env.BENCH_BASELINE_DIST;
if (!baselineDist || !existsSync(path.join(baselineDist, 'bin.js'))) {
  console.error('BENCH_BASELINE_DIST must name a dist folder with bin.js (the build to compare with)');
  process.exit(2);
}
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MEASURE_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const CLIENTS = 50;
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
console.log(`bench:scale-cpu on ${os.cpus().length} cores, load average ${load()}`);

const dyn = await seededDynalite();
const dynalite = dyn.url;

const builds: Array<[string, string]> = [
  ['baseline', path.resolve(baselineDist, 'bin.js')],
  ['candidate', path.resolve(import.meta.dirname, '..', 'dist', 'bin.js')],
];
const results = new Map<string, Array<{ us: number; rps: number; p50: number }>>(
  builds.map(([n]) => [n, []]),
);

for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? builds : [...builds].reverse();
  for (const [name, bin] of order) {
    const dir = mkdtempSync(path.join(tmp, `${name}-`));
    const instance = await serve(
      { AWS_ENDPOINT_URL_DYNAMODB: dynalite, AUDIT_DB_PATH: path.join(dir, 'audit.db') },
      { bin },
    );
    const pid = instance.child.pid!;
    const clients = await connectClients(instance.url, CLIENTS);
    await drive(clients, 3000, {}); // first calls load the models, then the JIT warms
    const measured = await drive(clients, MEASURE_MS, { server: () => cpuMs(pid) });
    await Promise.all(clients.map((c) => c.close()));
    await instance.stop();
    results.get(name)!.push({ us: measured.cpuUs.server!, rps: measured.rps, p50: measured.p50 });
    console.log(
      `round ${round + 1} ${name}: ${measured.cpuUs.server!.toFixed(0)} µs server CPU per call, ` +
        `${measured.rps.toFixed(0)} calls/s, p50 ${measured.p50.toFixed(1)} ms, ${measured.failed} failed, load ${load()}`,
    );
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  '\n| build | server CPU µs per call (median of rounds) | each round | calls/s (median) |\n|---|---:|---|---:|',
);
for (const [name] of builds) {
  const rs = results.get(name)!;
  console.log(
    `| ${name} | ${median(rs.map((r) => r.us)).toFixed(0)} | ${rs.map((r) => r.us.toFixed(0)).join(', ')} | ${median(rs.map((r) => r.rps)).toFixed(0)} |`,
  );
}
const ratio =
  median(results.get('candidate')!.map((r) => r.us)) / median(results.get('baseline')!.map((r) => r.us));
console.log(
  `\ncandidate / baseline, server CPU per call: ${ratio.toFixed(2)}x; load average at the end ${load()}`,
);
dyn.child.kill();
rmSync(tmp, { recursive: true, force: true });
process.exit(0);
