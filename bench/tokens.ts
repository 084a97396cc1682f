// Benchmark of what a model reads (issue 14). Run: npm run bench:tokens
// A scripted agent does 30 typical tasks (bench/tokens-tasks.ts) through a built server over stdio
// against AWS-wire emulators on 127.0.0.1, and counts the characters of every tool result it
// receives from its first search to the AWS result, plus the tool surface (instructions + tools/list).
// Workflows:
//  - `four steps`: search -> schema -> validate -> invoke, every time (what main's instructions taught);
//  - `taught`: search -> schema only when the hit's `requires` line does not cover the payload ->
//    invoke (what the instructions teach now: invoke validates). A payload member missing from
//    `requires`, a `+N more`, or a type naming a structure (`map<string,AttributeValue>`) sends
//    the agent to the schema: it does not guess shapes.
// BENCH_TOKENS_BEFORE=<path to another build's dist/bin.js> adds that server (e.g. main's) with the
// four-step workflow, for the before/after comparison.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import setupTestModels from '../test/global-setup.js';
import {
  startDynalite,
  startKinesalite,
  startS3rver,
  startSnsServer,
  writeStandardPolicy,
  type Emulator,
} from '../test/helpers/emulators.js';
import { BIN, serverEnv } from '../test/helpers/server-env.js';
import { REPO_ROOT } from '../test/helpers/paths.js';
import { measureToolSurface, type ToolSurface } from '../test/helpers/tool-surface.js';
import { SETUP, TASKS, type Task, type World } from './tokens-tasks.js';

type Workflow = 'four steps' | 'taught';
type Step = 'search' | 'schema' | 'validate' | 'invoke';

interface Run {
  readonly label: string;
  readonly bin: string;
  readonly workflow: Workflow;
}

interface TaskRead {
  readonly task: Task;
  readonly chars: Partial<Record<Step, number>>;
  readonly rank: number;
  readonly ok: boolean;
  /** Characters of `"metadata":{...}` in the invoke result. */
  readonly metadataChars: number;
}

interface Outcome {
  readonly text: number;
  readonly isError: boolean;
  readonly data: Record<string, any>;
}

async function call(client: Client, name: string, args: Record<string, unknown>): Promise<Outcome> {
  const r = await client.callTool({ name, arguments: args });
  const content = r.content as { type: string; text?: string }[];
  const text = content.reduce((n, c) => n + (c.type === 'text' ? (c.text?.length ?? 0) : 0), 0);
  return { text, isError: r.isError === true, data: (r.structuredContent ?? {}) as Record<string, any> };
}

/** Member -> type from `A: string, B: map<string,X>` (types hold no ", "). */
function requiresOf(line: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (line ?? '').split(', ').filter(Boolean)) {
    const i = part.indexOf(': ');
    if (i > 0) out.set(part.slice(0, i), part.slice(i + 2));
  }
  return out;
}

/** Whether the agent must read the schema before it can write this payload. */
export function needsSchema(requires: string | undefined, payload: Record<string, unknown>): boolean {
  if (requires?.includes(' more')) return true;
  const known = requiresOf(requires);
  return Object.keys(payload).some((k) => {
    const type = known.get(k);
    return type === undefined || /[A-Z]/.test(type.replace(/"[^"]*"/g, ''));
  });
}

async function doTask(client: Client, task: Task, world: World, workflow: Workflow): Promise<TaskRead> {
  const chars: Partial<Record<Step, number>> = {};
  const search = await call(client, 'aws_search_operations', { query: task.ask });
  chars.search = search.text;
  const results = (search.data.results ?? []) as { service: string; operation: string; requires?: string }[];
  const rank = results.findIndex((r) => r.service === task.service && r.operation === task.operation) + 1;
  const payload = task.payload(world);
  const target = { service: task.service, operation: task.operation };
  if (workflow === 'four steps' || needsSchema(results[rank - 1]?.requires, payload)) {
    chars.schema = (await call(client, 'aws_get_operation_schema', target)).text;
  }
  if (workflow === 'four steps') {
    chars.validate = (await call(client, 'aws_execute', { action: 'validate', ...target, payload })).text;
  }
  const invoke = await call(client, 'aws_execute', { action: 'invoke', ...target, payload });
  chars.invoke = invoke.text;
  const metadata = invoke.data.metadata ?? invoke.data.error?.details?.metadata;
  const metadataChars = metadata ? JSON.stringify({ metadata }).length - 2 : 0;
  return { task, chars, rank, ok: !invoke.isError, metadataChars };
}

async function startEmulators(): Promise<{ env: Record<string, string>; stop: () => Promise<void> }> {
  const emus: Record<string, Emulator> = {
    DYNAMODB: await startDynalite(),
    S3: await startS3rver(),
    KINESIS: await startKinesalite(),
    SNS: await startSnsServer(),
  };
  const env = Object.fromEntries(Object.entries(emus).map(([k, e]) => [`AWS_ENDPOINT_URL_${k}`, e.endpoint]));
  return { env, stop: async () => void (await Promise.all(Object.values(emus).map((e) => e.stop()))) };
}

async function runOne(run: Run): Promise<{ surface: ToolSurface; reads: TaskRead[] }> {
  const emulators = await startEmulators();
  const env = serverEnv({
    ...emulators.env,
    POLICY_PATH: writeStandardPolicy(),
    AWS_MCP_AUTO_APPROVE_DESTRUCTIVE: 'true',
    AWS_ACCESS_KEY_ID: 'S3RVER', // s3rver checks it; the other emulators accept any key
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
  });
  const client = new Client({ name: 'bench-tokens', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({ command: process.execPath, args: [run.bin], env, stderr: 'pipe' }),
  );
  try {
    const surface = await measureToolSurface(client);
    const world: World = { tableArn: '', topicArn: '' };
    for (const [service, operation, payload] of SETUP) {
      const r = await call(client, 'aws_execute', { action: 'invoke', service, operation, payload });
      if (r.isError) throw new Error(`setup ${service}:${operation} failed: ${JSON.stringify(r.data)}`);
      world.tableArn ||= r.data.result?.TableDescription?.TableArn ?? '';
      world.topicArn ||= r.data.result?.TopicArn ?? '';
    }
    const reads: TaskRead[] = [];
    for (const task of TASKS) reads.push(await doTask(client, task, world, run.workflow));
    return { surface, reads };
  } finally {
    await client.close();
    await emulators.stop();
  }
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const total = (r: TaskRead): number => sum(Object.values(r.chars));
const fmt = (n: number): string => n.toLocaleString('en-US');

function report(results: { run: Run; surface: ToolSurface; reads: TaskRead[] }[]): string {
  const lines = [
    '| server and workflow | tasks ok | search top-1 / top-5 | schema reads | chars read, total | per task, median | search | schema | validate | invoke | invoke metadata, max | tool surface (instructions + tools) | output schemas |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { run, surface, reads } of results) {
    const step = (s: Step) => fmt(sum(reads.map((r) => r.chars[s] ?? 0)));
    const totals = reads.map(total).sort((a, b) => a - b);
    lines.push(
      `| ${run.label} | ${reads.filter((r) => r.ok).length}/${reads.length} | ` +
        `${reads.filter((r) => r.rank === 1).length} / ${reads.filter((r) => r.rank >= 1 && r.rank <= 5).length} | ` +
        `${reads.filter((r) => r.chars.schema !== undefined).length} | **${fmt(sum(totals))}** | ` +
        `${fmt(totals[Math.floor(totals.length / 2)] ?? 0)} | ${step('search')} | ${step('schema')} | ` +
        `${step('validate')} | ${step('invoke')} | ${Math.max(...reads.map((r) => r.metadataChars))} | ` +
        `${fmt(surface.total)} (${surface.instructions} + ${fmt(surface.tools)}) | ${fmt(surface.outputSchemas)} |`,
    );
  }
  const base = results[0]!;
  const last = results.at(-1)!;
  const cut = 1 - sum(last.reads.map(total)) / sum(base.reads.map(total));
  lines.push(
    '',
    `Characters read, "${last.run.label}" vs "${base.run.label}": ${(cut * 100).toFixed(1)}% fewer.`,
  );
  lines.push('', '| task | operation | ' + results.map((r) => r.run.label.split(':')[0]).join(' | ') + ' |');
  lines.push('| --- | --- |' + results.map(() => ' ---: |').join(''));
  TASKS.forEach((task, i) => {
    const cells = results.map(({ reads }) => {
      const r = reads[i]!;
      return `${fmt(total(r))}${r.ok ? '' : ' (error)'}${r.chars.schema !== undefined ? ' s' : ''}`;
    });
    lines.push(`| ${task.ask} | ${task.service}:${task.operation} | ${cells.join(' | ')} |`);
  });
  return lines.join('\n');
}

async function main(): Promise<void> {
  setupTestModels();
  const runs: Run[] = [
    ...(process.env.BENCH_TOKENS_BEFORE
      ? [
          {
            label: 'before: main, four steps',
            bin: path.resolve(process.env.BENCH_TOKENS_BEFORE),
            workflow: 'four steps' as const,
          },
        ]
      : []),
    { label: 'this server, four steps', bin: BIN, workflow: 'four steps' },
    { label: 'after: this server, taught workflow', bin: BIN, workflow: 'taught' },
  ];
  const results = [];
  for (const run of runs) {
    process.stderr.write(`running: ${run.label}\n`);
    results.push({ run, ...(await runOne(run)) });
  }
  const out = report(results);
  console.log(out);
  writeFileSync(path.join(REPO_ROOT, 'bench', 'results-tokens.md'), `${out}\n`);
}

await main();
