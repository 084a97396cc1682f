// The tables `npm run bench:scale` prints for its scenarios: throughput, latency and lost audit
// records; the scaling ratios; CPU per call of every process; and what bounds the throughput
// (the machine's cores, or the instances' CPU budgets and what is left for everything else).

import os from 'node:os';
import type { Load } from './scale-harness.js';

export interface Run extends Load {
  readonly name: string;
  readonly instances: number;
  readonly acked: number;
  readonly rows: number;
  readonly started: number;
  readonly c1p50: number;
  /** With CPU budgets: share of CFS periods in which each instance hit its quota. */
  readonly throttled?: number[];
}

const isServer = (process: string) => process.startsWith('server ');
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const serverUs = (r: Run) =>
  sum(
    Object.entries(r.cpuUs)
      .filter(([p]) => isServer(p))
      .map(([, v]) => v),
  );
const restUs = (r: Run) =>
  sum(
    Object.entries(r.cpuUs)
      .filter(([p]) => !isServer(p))
      .map(([, v]) => v),
  );

function table(header: string[], rows: string[][]): void {
  console.log(
    `\n| ${header.join(' | ')} |\n|---|${header
      .slice(1)
      .map(() => '---:')
      .join('|')}|`,
  );
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

function printLoad(runs: readonly Run[], clients: number, seconds: number): void {
  table(
    [
      `scenario (${clients} clients, ${seconds} s)`,
      'invokes/s',
      'p50 ms',
      'p99 ms',
      'failed',
      'p50 ms, 1 client',
      'calls acked',
      'audit rows succeeded',
      "left 'started'",
      'lost',
    ],
    runs.map((r) => [
      r.name,
      r.rps.toFixed(0),
      r.p50.toFixed(1),
      r.p99.toFixed(1),
      String(r.failed),
      r.c1p50.toFixed(2),
      String(r.acked),
      String(r.rows),
      String(r.started),
      String(r.acked - r.rows),
    ]),
  );
  const [sqlite, one, ...more] = runs;
  console.log('');
  for (const r of more) {
    console.log(`${r.instances} instances / 1 instance (PostgreSQL): ${(r.rps / one!.rps).toFixed(2)}x`);
  }
  console.log(`PostgreSQL / SQLite, 1 instance: ${(one!.rps / sqlite!.rps).toFixed(2)}x`);
}

/** What bounds each run: all cores without budgets; with them, the budgets and what is left. */
function boundRows(runs: readonly Run[], budget: number | undefined): string[][] {
  const cores = os.cpus().length;
  const cell = (f: (r: Run) => string) => runs.map(f);
  if (budget === undefined) {
    const total = (r: Run) => serverUs(r) + restUs(r);
    return [
      [
        `${cores}-core ceiling, invokes/s (${cores} s of CPU per s / total)`,
        ...cell((r) => ((cores * 1e6) / total(r)).toFixed(0)),
      ],
    ];
  }
  const used = (us: number, r: Run) => ((us * r.rps) / 1e6).toFixed(2);
  return [
    [
      'instances: cores used / budget',
      ...cell((r) => `${used(serverUs(r), r)} / ${(r.instances * budget).toFixed(2)}`),
    ],
    [
      'instances: periods throttled',
      ...cell((r) => (r.throttled ?? []).map((t) => `${(t * 100).toFixed(0)}%`).join(', ')),
    ],
    ['the rest (load generator, proxy, databases): cores used', ...cell((r) => used(restUs(r), r))],
    [
      'budget ceiling, invokes/s (budgets / instances CPU per call)',
      ...cell((r) => ((r.instances * budget * 1e6) / serverUs(r)).toFixed(0)),
    ],
    [
      `rest ceiling, invokes/s (${cores} cores − budgets) / rest CPU per call`,
      ...cell((r) => (((cores - r.instances * budget) * 1e6) / restUs(r)).toFixed(0)),
    ],
  ];
}

function printCpu(runs: readonly Run[], budget: number | undefined): void {
  const procs = [...new Set(runs.flatMap((r) => Object.keys(r.cpuUs)))];
  const cell = (r: Run, p: string) => {
    const v = p === 'total' ? serverUs(r) + restUs(r) : r.cpuUs[p];
    return v === undefined ? '' : v.toFixed(0);
  };
  table(
    ['CPU µs per call', ...runs.map((r) => r.name)],
    [...[...procs, 'total'].map((p) => [p, ...runs.map((r) => cell(r, p))]), ...boundRows(runs, budget)],
  );
}

export function printRuns(
  runs: readonly Run[],
  opts: { clients: number; seconds: number; budget: number | undefined },
): void {
  printLoad(runs, opts.clients, opts.seconds);
  printCpu(runs, opts.budget);
}
