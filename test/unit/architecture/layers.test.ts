// The dependency direction of design/ARCHITECTURE.md, checked on the real import graph (the lint
// rule catches most cases while editing; this catches any import form the rule's globs miss).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import layers from '../../../layers.json' with { type: 'json' };
import { REPO_ROOT } from '../../helpers/paths.js';

const SRC = path.join(REPO_ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return specs
    .filter((s) => s.startsWith('.'))
    .map((s) => path.relative(SRC, path.resolve(path.dirname(file), s)));
}

/** The layers.json key of a path: its top folder, or the top-level file (imports name it `.js`). */
const layerOf = (rel: string): string => rel.split(path.sep)[0]!.replace(/\.js$/, '.ts');

/** Files that hand the environment on to a child process (git needs HOME, proxies, SSH agent). */
const ENV_PASSTHROUGH = new Set([path.join('model', 'source', 'git.ts')]);

describe('layers', () => {
  const all = files(SRC).map((f) => ({ rel: path.relative(SRC, f), deps: imports(f) }));

  it('every import points the allowed way', () => {
    const violations = all.flatMap(({ rel, deps }) => {
      const banned = (layers.forbidden as Record<string, string[]>)[layerOf(rel)] ?? [];
      return deps.filter((d) => banned.includes(layerOf(d))).map((d) => `${rel} -> ${d}`);
    });
    expect(violations).toEqual([]);
  });

  it('layers.json has an entry for every src/ folder and top-level file', () => {
    const keys = Object.keys(layers.forbidden);
    const entries = readdirSync(SRC).filter(
      (name) => statSync(path.join(SRC, name)).isDirectory() || name.endsWith('.ts'),
    );
    expect(entries.filter((name) => !keys.includes(name))).toEqual([]);
    const banned = Object.values(layers.forbidden as Record<string, string[]>).flat();
    expect(banned.filter((name) => !keys.includes(name))).toEqual([]);
  });

  it('nothing but main and the binary imports the MCP or CLI layers', () => {
    const violations = all.flatMap(({ rel, deps }) =>
      deps
        .filter((d) => ['mcp', 'cli'].includes(layerOf(d)) && layerOf(d) !== layerOf(rel))
        .filter(() => !['main.ts', 'bin.ts', 'cli'].includes(layerOf(rel)))
        .map((d) => `${rel} -> ${d}`),
    );
    expect(violations).toEqual([]);
  });

  it('only model/source reads model files or runs git, and only config reads the environment', () => {
    const offenders = all
      .filter(({ rel }) => !rel.startsWith(`model${path.sep}source`))
      .filter(({ rel }) => /child_process|['"]git['"]/.test(readFileSync(path.join(SRC, rel), 'utf8')))
      .map(({ rel }) => rel);
    expect(offenders).toEqual([]);
    const envReaders = all
      .filter(({ rel }) => /process\.env\b/.test(readFileSync(path.join(SRC, rel), 'utf8')))
      .map(({ rel }) => rel)
      .filter((rel) => !['config', 'cli', 'main.ts'].includes(layerOf(rel)) && !ENV_PASSTHROUGH.has(rel));
    expect(envReaders).toEqual([]);
  });

  it('keeps per-service state on the loaded service, not in module-level caches', () => {
    const offenders = all
      .filter(({ rel }) =>
        /new WeakMap<\s*(ServiceModel|ToolServices)\b/.test(readFileSync(path.join(SRC, rel), 'utf8')),
      )
      .map(({ rel }) => rel);
    expect(offenders).toEqual([]);
  });

  it('keeps files small and explicit', () => {
    const big = all
      .map(({ rel }) => ({ rel, lines: readFileSync(path.join(SRC, rel), 'utf8').split('\n').length }))
      .filter((f) => f.lines > 400)
      .map((f) => `${f.rel}: ${f.lines} lines`);
    expect(big).toEqual([]);
    const starExports = all.filter(({ rel }) => /export \*/.test(readFileSync(path.join(SRC, rel), 'utf8')));
    expect(starExports.map((f) => f.rel)).toEqual([]);
  });
});
