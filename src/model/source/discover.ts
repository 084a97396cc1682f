// Finds the model file of every service below a root: `<service>/service/<version>/<name>.json`
// at any depth (upstream used both `<svc>/service/...` and `models/<svc>/service/...`).
// Runs at every start, so it only lists directories and never reads a file.

import { readdirSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import type { ModelFileRef } from '../model-tree.js';
import { compareVersions } from './version-order.js';

const SKIP = new Set(['node_modules']);

function list(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

// Upstream names files `<service>-<version>.json`; fall back to the only (or first) JSON file.
function pickFile(versionDir: string, directory: string, version: string): string | undefined {
  const json = list(versionDir)
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => e.name)
    .sort();
  const preferred = `${directory}-${version}.json`;
  const name = json.includes(preferred) ? preferred : json[0];
  return name === undefined ? undefined : path.join(versionDir, name);
}

// Newest version first; for the same version the shallower path (the main layout) wins.
function better(a: ModelFileRef, b: ModelFileRef): boolean {
  const c = compareVersions(a.version, b.version);
  if (c !== 0) return c > 0;
  return a.path.split(path.sep).length < b.path.split(path.sep).length;
}

function newestIn(serviceDir: string, directory: string): ModelFileRef | undefined {
  let best: ModelFileRef | undefined;
  for (const v of list(serviceDir)) {
    if (!v.isDirectory() || v.name.startsWith('.')) continue;
    const file = pickFile(path.join(serviceDir, v.name), directory, v.name);
    if (file === undefined) continue;
    const ref: ModelFileRef = { directory, version: v.name, path: file };
    if (best === undefined || better(ref, best)) best = ref;
  }
  return best;
}

/** One model file per service directory (newest version), sorted by directory name. */
export function discoverModels(root: string): ModelFileRef[] {
  const found = new Map<string, ModelFileRef>();
  const walk = (dir: string): void => {
    for (const e of list(dir)) {
      // Symlinks are not followed (no loops); hidden dirs hold git data and editor state.
      if (!e.isDirectory() || e.name.startsWith('.') || SKIP.has(e.name)) continue;
      const child = path.join(dir, e.name);
      if (e.name === 'service') {
        const directory = path.basename(dir);
        const ref = newestIn(child, directory);
        const prev = found.get(directory);
        if (ref !== undefined && (prev === undefined || better(ref, prev))) {
          found.set(directory, ref);
        }
        continue;
      }
      walk(child);
    }
  };
  walk(path.resolve(root));
  return [...found.values()].sort((a, b) =>
    a.directory < b.directory ? -1 : a.directory > b.directory ? 1 : 0,
  );
}
