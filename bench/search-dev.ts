// Ranking quality on the dev split only, for tuning without seeing held-out queries or their
// results: the people set's dev queries in two groups (those before line --from, default 490,
// and those after, written in later rounds), each batch of queries written in one round, and the
// near-API set. `--fail` lists the dev queries not ranked first; `--near-fail` the near-API dev
// ones. Never prints a holdout query.
// Usage: npx tsx bench/search-dev.ts [--fail] [--near-fail] [--from=490]
import { openBenchCatalog } from './bench-catalog.js';
import { evaluate, loadCases, row, type Outcome } from './search-sets.js';
import { createSearchIndex } from '../src/search/search-index.js';

const catalog = await openBenchCatalog();
const index = createSearchIndex(catalog);
const people = loadCases('search-queries-people.jsonl');
const fromArg = process.argv.find((a) => a.startsWith('--from='));
const from = fromArg ? Number(fromArg.slice('--from='.length)) : 490;
const devOld = people.slice(0, from).filter((c) => c.split === 'dev');
const devNew = people.slice(from).filter((c) => c.split === 'dev');
const near = loadCases('search-queries.jsonl');
const pc = (x: number) => (x * 100).toFixed(1);
const show = (label: string, os: Outcome[]) => {
  const r = row(label, os);
  console.log(`${label.padEnd(16)} n=${r.n} top1=${pc(r.top1)} top5=${pc(r.top5)} mrr=${r.mrr.toFixed(3)}`);
};
const oOld = evaluate(index, devOld);
const oNew = evaluate(index, devNew);
const oNear = evaluate(index, near);
show('dev-old', oOld);
show('dev-new', oNew);
show('dev-all', [...oOld, ...oNew]);
for (const b of [...new Set(people.flatMap((c) => (c.batch ? [c.batch] : [])))].sort())
  show(
    `dev batch ${b}`,
    [...oOld, ...oNew].filter((o) => o.c.batch === b),
  );
show(
  'dev questions',
  [...oOld, ...oNew].filter((o) => o.c.kind === 'question'),
);
show('near-api all', oNear);
show(
  'near-api dev',
  oNear.filter((o) => o.c.split === 'dev'),
);
console.log(
  'questions mutating first (dev):',
  [...oOld, ...oNew].filter((o) => o.c.kind === 'question' && o.mutatingFirst).length,
);
if (process.argv.includes('--fail')) {
  for (const [lab, os] of [
    ['old', oOld],
    ['new', oNew],
  ] as const)
    for (const o of os)
      if (o.rank !== 1)
        console.log(
          `${lab} r=${o.rank} ${o.c.query} | want ${o.c.expected.join(',')} | got ${o.got.slice(0, 3).join(' ')}`,
        );
}
if (process.argv.includes('--near-fail')) {
  for (const o of oNear)
    if (o.rank !== 1 && o.c.split === 'dev')
      console.log(
        `near r=${o.rank} ${o.c.query} | want ${o.c.expected.join(',')} | got ${o.got.slice(0, 3).join(' ')}`,
      );
}
