import { openBenchCatalog } from './bench-catalog.js';
import { evaluate, loadCases } from './search-sets.js';
import { createSearchIndex } from '../src/search/search-index.js';
const index = createSearchIndex(await openBenchCatalog());
const dev = loadCases('search-queries-people.jsonl').filter((c) => c.split === 'dev');
for (const o of evaluate(index, dev)) if (o.c.kind === 'question' && o.mutatingFirst) console.log(o.c.query, '|', o.c.expected.join(','), '|', o.got.slice(0,2).join(' '));
const near = loadCases('search-queries.jsonl').filter((c) => c.split === 'dev');
for (const o of evaluate(index, near)) if (o.rank !== 1) console.log('near', o.rank, o.c.query, '|', o.c.expected.join(','), '|', o.got.slice(0,2).join(' '));
