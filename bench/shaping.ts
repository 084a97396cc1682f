// Output shaping on large results: capOutput (structural truncation), redaction and JMESPath,
// on synthetic outputs of the sizes an agent can pull from AWS (up to ~10 MB).
// Run: npx tsx bench/shaping.ts

import { capOutput } from '../src/execution/shaping/cap-output.js';
import { applyQuery } from '../src/execution/shaping/query.js';
import { redact } from '../src/redaction/redact.js';

function listObjects(n: number, pad: number): { Contents: { Key: string; Size: number; ETag: string }[] } {
  return {
    Contents: Array.from({ length: n }, (_, i) => ({
      Key: `photos/${i}.jpg`,
      Size: i * 10,
      ETag: 'e'.repeat(pad),
    })),
  };
}

function nested(reservations: number, perReservation: number): unknown {
  return {
    Reservations: Array.from({ length: reservations }, (_, r) => ({
      ReservationId: `r-${r}`,
      Instances: Array.from({ length: perReservation }, (_, i) => ({
        InstanceId: `i-${r}-${i}`,
        State: { Name: 'running' },
        Tags: [{ Key: 'Name', Value: `host-${r}-${i}` }],
        PrivateDnsName: `ip-10-0-${r % 255}-${i % 255}.ec2.internal`,
      })),
    })),
  };
}

function time(fn: () => unknown, runs = 5): number {
  fn(); // warm-up
  const t = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t) / runs;
}

const cases: [string, unknown][] = [
  ['1 MB list (10k objects)', listObjects(10_000, 60)],
  ['5 MB list (50k objects)', listObjects(50_000, 60)],
  ['10 MB list (100k objects)', listObjects(100_000, 60)],
  ['10 MB nested (2k x 25 instances)', nested(2_000, 25)],
  ['10 MB single string (escapes)', { Body: { text: 'ab"\n'.repeat(2_500_000) } }],
];

const rows: string[][] = [];
for (const [name, value] of cases) {
  const chars = JSON.stringify(value).length;
  for (const cap of [20_000, 100_000]) {
    const ms = time(() => capOutput(value, cap));
    const kept = capOutput(value, cap).truncated?.keptChars ?? chars;
    rows.push([name, String(chars), String(cap), String(kept), ms.toFixed(1)]);
  }
}
const q = listObjects(100_000, 60);
rows.push([
  'applyQuery Contents[].Key on 10 MB',
  String(JSON.stringify(q).length),
  '-',
  '-',
  time(() => applyQuery(q, 'Contents[].Key')).toFixed(1),
]);
for (const [name, value] of [cases[2]!, cases[3]!]) {
  // Secret names only (no model): every key of every object is looked up once.
  const chars = String(JSON.stringify(value).length);
  rows.push([`redact ${name}`, chars, '-', '-', time(() => redact(value)).toFixed(1)]);
}

const header = ['case', 'input chars', 'cap', 'kept chars', 'ms/op'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
