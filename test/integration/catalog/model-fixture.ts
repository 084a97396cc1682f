// The shared test clone as a ModelTree (discovered by model/source, as the server does), plus a
// model reader that counts its calls to prove when models are (not) parsed.

import { execFileSync } from 'node:child_process';
import type { ModelFile } from '../../../src/model/ast.js';
import type { ModelTree } from '../../../src/model/model-tree.js';
import { discoverModels } from '../../../src/model/source/discover.js';
import { readModelFile } from '../../../src/model/source/read.js';

export { readModelFile };

export function discoverTree(root: string): ModelTree {
  const commit = execFileSync('git', ['-C', root, 'rev-parse', 'HEAD']).toString().trim();
  return { root, commit, files: discoverModels(root) };
}

export function countingReader(): { read: (file: string) => ModelFile; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    read: (file: string) => {
      calls.push(file);
      return readModelFile(file);
    },
  };
}
