// A CPU budget per server instance for `npm run bench:scale` (BENCH_INSTANCE_CPU=0.3: 0.3 of a core
// each), the way teams deploy instances: each in a container with a CPU limit. Each instance runs
// in a cgroup of its own with a CFS quota (cgroup v2 `cpu.max`, or v1 `cpu.cfs_quota_us`), so one
// instance is bound by its budget and two get twice as much, while the load generator, dynalite,
// PostgreSQL and the proxy use the rest of the machine. Needs a writable cpu controller (root);
// without one the benchmark says why and runs without budgets. The groups are removed at the end,
// and also on a failure or Ctrl-C (whatever still runs in them is stopped first).

import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PERIOD_US = 100_000; // the kernel's and the container runtimes' default CFS period

interface Layout {
  readonly kind: 'cgroup v2' | 'cgroup v1';
  /** Where groups are made. */
  readonly root: string;
  /** Writes the quota into a new group. */
  readonly limit: (dir: string, quotaUs: number) => void;
}

const V2_ROOTS = ['/sys/fs/cgroup', '/sys/fs/cgroup/unified'];
const V1_ROOTS = ['/sys/fs/cgroup/cpu', '/sys/fs/cgroup/cpu,cpuacct'];

/** cgroup v2 where the cpu controller is on it, else v1 with a cpu hierarchy; undefined if neither. */
function layoutOf(): Layout | undefined {
  for (const root of V2_ROOTS) {
    const controllers = path.join(root, 'cgroup.controllers');
    if (existsSync(controllers) && readFileSync(controllers, 'utf8').split(/\s+/).includes('cpu')) {
      return {
        kind: 'cgroup v2',
        root,
        limit: (dir, quotaUs) => {
          // A child gets the cpu controller only when its parent hands it down.
          const subtree = path.join(root, 'cgroup.subtree_control');
          if (!readFileSync(subtree, 'utf8').split(/\s+/).includes('cpu')) writeFileSync(subtree, '+cpu');
          writeFileSync(path.join(dir, 'cpu.max'), `${quotaUs} ${PERIOD_US}`);
        },
      };
    }
  }
  for (const root of V1_ROOTS) {
    if (existsSync(path.join(root, 'cpu.cfs_quota_us'))) {
      return {
        kind: 'cgroup v1',
        root,
        limit: (dir, quotaUs) => {
          writeFileSync(path.join(dir, 'cpu.cfs_period_us'), String(PERIOD_US));
          writeFileSync(path.join(dir, 'cpu.cfs_quota_us'), String(quotaUs));
        },
      };
    }
  }
  return undefined;
}

/** How often a group hit its quota: periods throttled over periods run (both from cpu.stat). */
export interface Throttling {
  readonly periods: number;
  readonly throttled: number;
}

export interface CpuGroup {
  /** The command line that starts `argv` inside the group (the shell joins it, then execs). */
  readonly wrap: (argv: readonly string[]) => string[];
  readonly throttling: () => Throttling;
}

export interface CpuBudgets {
  readonly kind: string;
  readonly cores: number;
  /** A new group with the budget; removed by `removeAll`. */
  readonly group: (label: string) => CpuGroup;
  /** Stops what still runs in the groups and removes them (idempotent; synchronous for `exit`). */
  readonly removeAll: () => void;
}

function statOf(dir: string): Throttling {
  const stat = Object.fromEntries(
    readFileSync(path.join(dir, 'cpu.stat'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' ') as [string, string]),
  );
  return { periods: Number(stat.nr_periods ?? 0), throttled: Number(stat.nr_throttled ?? 0) };
}

function pidsIn(dir: string): number[] {
  try {
    return readFileSync(path.join(dir, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function removeGroup(dir: string): void {
  for (const pid of pidsIn(dir)) {
    try {
      process.kill(pid, 'SIGKILL'); // only ever a process this benchmark started in this group
    } catch {
      // already gone
    }
  }
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      rmdirSync(dir);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20); // a killed process takes a moment
    }
  }
  console.error(`could not remove ${dir}: remove it by hand (rmdir) once its processes are gone`);
}

/**
 * Budgets of `cores` (e.g. 0.3) per group, or the reason they cannot be set. Probes by making and
 * removing a group, so a read-only or missing controller is found before anything starts.
 */
export function cpuBudgets(cores: number): CpuBudgets | { readonly unavailable: string } {
  if (!(cores > 0))
    return { unavailable: `BENCH_INSTANCE_CPU must be a positive number of cores (got ${cores})` };
  const layout = layoutOf();
  if (!layout) return { unavailable: 'no cgroup cpu controller found (v2 cpu.max or v1 cpu.cfs_quota_us)' };
  const quotaUs = Math.max(1000, Math.round(cores * PERIOD_US));
  const made: string[] = [];
  const create = (label: string): string => {
    const dir = path.join(layout.root, `bench-scale-${process.pid}-${made.length}-${label}`);
    mkdirSync(dir);
    made.push(dir);
    layout.limit(dir, quotaUs);
    return dir;
  };
  const removeAll = (): void => {
    while (made.length) removeGroup(made.pop()!);
  };
  try {
    create('probe');
    removeAll();
  } catch (e) {
    removeAll();
    return { unavailable: `${layout.kind} at ${layout.root} is not writable: ${(e as Error).message}` };
  }
  const cleanUp = (): void => removeAll();
  process.once('exit', cleanUp);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      cleanUp();
      process.exit(130);
    });
  }
  return {
    kind: `${layout.kind} (${layout.root})`,
    cores,
    removeAll,
    group: (label) => {
      const dir = create(label);
      const procs = path.join(dir, 'cgroup.procs');
      return {
        // `$0` is the procs file: the shell joins the group, then becomes the command (same pid).
        wrap: (argv) => ['/bin/sh', '-c', 'echo $$ > "$0" && exec "$@"', procs, ...argv],
        throttling: () => statOf(dir),
      };
    },
  };
}

/** Throttling between two readings, as a share of periods. */
export function throttledShare(before: Throttling, after: Throttling): number {
  const periods = after.periods - before.periods;
  return periods > 0 ? (after.throttled - before.throttled) / periods : 0;
}
