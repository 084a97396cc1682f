// Where a server's CPU goes, from a V8 `--cpu-prof` profile of the built server: each sample's
// self time is mapped back through dist's source maps to the source file it came from (src/... or
// node_modules/<package>), and summed by area. Time in V8 builtins and native code (JSON,
// RegExp...) is charged to the nearest caller that has a source, so it lands in the area that
// asked for it. Idle time is left out: the shares are of busy time.

import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Areas by the source path a frame maps to (first match wins). */
const AREAS: Array<[string, RegExp]> = [
  ['audit + state store (src/audit, src/state)', /src\/(audit|state)\//],
  ['pg client (pg, pg-protocol, pg-pool)', /node_modules\/pg(-protocol|-pool|-types|-connection-string)?\//],
  ['SQLite (better-sqlite3)', /node_modules\/better-sqlite3\//],
  [
    'MCP SDK + zod (JSON-RPC, HTTP transport, schemas)',
    /node_modules\/(@modelcontextprotocol|zod|@hono|hono)\//,
  ],
  [
    'engine: sign, endpoint, HTTP, serde (src/execution, @smithy, @aws-sdk)',
    /src\/execution\/|node_modules\/(@smithy|@aws-sdk|@aws-crypto)\//,
  ],
  ['tools: policy, validation, redaction, shaping (src/*)', /src\//],
  ['other libraries', /node_modules\//],
  ['Node core: HTTP, sockets, streams', /^node:/],
];

const maps = new Map<string, SourceMap | undefined>();
function mapOf(file: string): SourceMap | undefined {
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as never));
    } catch {
      maps.set(file, undefined);
    }
  }
  return maps.get(file);
}

/** The source path of a frame: the original file for dist code, the URL otherwise ('' if none). */
function sourceOf(frame: ProfileNode['callFrame']): string {
  if (!frame.url) return '';
  if (!frame.url.startsWith('file://')) return frame.url;
  const file = fileURLToPath(frame.url);
  const entry = mapOf(file)?.findEntry(frame.lineNumber, frame.columnNumber) as
    { originalSource?: string } | undefined;
  const original = entry?.originalSource;
  return original ? path.resolve(path.dirname(file), original.replace(/^file:\/\//, '')) : file;
}

function areaOf(source: string): string {
  return AREAS.find(([, re]) => re.test(source))?.[0] ?? 'other';
}

/** Busy-time share (%) of each area and of the top functions (self time), largest first. */
export function splitProfile(file: string): {
  busyMs: number;
  areas: Array<[string, number]>;
  top: Array<[string, number]>;
} {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const area = new Map<number, string>();
  const areaOfNode = (id: number): string => {
    const known = area.get(id);
    if (known) return known;
    const node = byId.get(id)!;
    const name = node.callFrame.functionName;
    let found: string;
    if (name === '(garbage collector)') found = 'GC';
    else if (name === '(idle)') found = 'idle';
    else if (name === '(program)') found = 'V8/native, no JS caller';
    else {
      const source = sourceOf(node.callFrame);
      const up = parent.get(id);
      found = source ? areaOf(source) : up === undefined ? 'V8/native, no JS caller' : areaOfNode(up);
    }
    area.set(id, found);
    return found;
  };
  const us = new Map<string, number>();
  const fn = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const a = areaOfNode(id);
    const t = profile.timeDeltas[i] ?? 0;
    us.set(a, (us.get(a) ?? 0) + t);
    if (a === 'idle') return;
    const frame = byId.get(id)!.callFrame;
    const where = sourceOf(frame).replace(/^.*\/(node_modules|src)\//, '$1/');
    const key = `${frame.functionName || '(anonymous)'} ${where || '(native)'}`;
    fn.set(key, (fn.get(key) ?? 0) + t);
  });
  us.delete('idle');
  const busy = [...us.values()].reduce((a, b) => a + b, 0);
  const shares = (m: Map<string, number>) =>
    [...m.entries()].map(([a, t]): [string, number] => [a, (100 * t) / busy]).sort((x, y) => y[1] - x[1]);
  return { busyMs: busy / 1000, areas: shares(us), top: shares(fn).slice(0, 15) };
}
