// Lists the operations of the services named on the command line (service:Operation, risk and
// the first words of the summary), for writing the expected answers of a query set without
// running a search.
// Usage: npx tsx bench/ops-of.ts <service-id> [...]
import { openBenchCatalog } from './bench-catalog.js';

const catalog = await openBenchCatalog();
for (const id of process.argv.slice(2)) {
  for (const op of catalog.operationsOf(id))
    console.log(`${id}:${op.name} [${op.risk}] ${op.summary.slice(0, 100)}`);
}
