// The nursery hold a warm server applies while its models and index load (src/mcp/young-generation.ts):
// in a fresh process, long-lived allocations under the hold leave V8's young generation at its
// initial size, and once lifted it grows again by V8's own rule; an operator's own semi-space
// flag leaves it alone. Proves the run-time flag still takes effect on this Node.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths.js';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'young-generation-child.ts');

interface Sizes {
  readonly before: number;
  readonly held: number;
  readonly released: number;
}

function run(operatorArg: string): Sizes {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD, operatorArg], { cwd: REPO_ROOT });
  return JSON.parse(out.toString()) as Sizes;
}

// Unheld, ~24 MB of survivors grow the nursery to 30-32 MB committed on Node 20 (from 2-3 MB).
it('keeps the nursery near its initial size while held, and lets it grow once lifted', () => {
  const sizes = run('');
  expect(sizes.held).toBeLessThan(8);
  expect(sizes.released).toBeGreaterThan(16);
});

it('leaves the nursery alone when the operator set a semi-space flag', () => {
  const sizes = run('--max-semi-space-size=16');
  expect(sizes.held).toBeGreaterThan(16);
});
