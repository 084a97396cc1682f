import { openBenchCatalog } from './bench-catalog.js';
import { createSearchIndex } from '../src/search/search-index.js';
const index = createSearchIndex(await openBenchCatalog());
for (const q of process.argv.slice(2)) console.log(q, '->', index.search({ query: q, limit: 6 }).results.map((r) => `${r.service}:${r.operation}(${r.risk})`).join(' '));
