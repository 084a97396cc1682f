// Test-side model discovery until model/source lands: the newest version file of each service
// directory of the shared test clone, as a ModelTree, plus a plain JSON reader.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { ModelFile } from '../../../src/model/ast.js';
import type { ModelFileRef, ModelTree } from '../../../src/model/model-tree.js';

export function discoverTree(root: string): ModelTree {
  const files: ModelFileRef[] = [];
  for (const directory of readdirSync(root).sort()) {
    const serviceDir = path.join(root, directory, 'service');
    if (!existsSync(serviceDir)) continue;
    const versions = readdirSync(serviceDir).sort();
    const version = versions[versions.length - 1];
    if (!version) continue;
    const json = readdirSync(path.join(serviceDir, version)).find((f) => f.endsWith('.json'));
    if (!json) continue;
    files.push({ directory, version, path: path.join(serviceDir, version, json) });
  }
  const commit = execFileSync('git', ['-C', root, 'rev-parse', 'HEAD']).toString().trim();
  return { root, commit, files };
}

export function readModelFile(file: string): ModelFile {
  return JSON.parse(readFileSync(file, 'utf8')) as ModelFile;
}

/** A reader that counts calls, to prove when models are (not) parsed. */
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
