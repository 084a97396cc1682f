// Builds dist/: the server bundled by esbuild into one ES module per entry point (dist/bin.js,
// dist/main.js) plus chunks that load only on first use (search, schema, execution, audit...).
// A bundle loads in a fraction of the time Node spends resolving ~1,000 separate modules, which
// is most of a warm start. better-sqlite3 stays outside: its native addon is found by its own
// package at run time; so does the script sandbox's QuickJS, whose .wasm file its package locates
// beside itself. Those are the runtime dependencies an installed package needs.
// Run: npm run build (npm ci runs it through `prepare`).

import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * zod re-exports every error-message locale (~360 KB, a third of what a start parses) through
 * `z.locales`; only English is ever used (zod registers it as the default), so the bundle keeps
 * just that one.
 */
const englishOnlyZodLocales = {
  name: 'english-only-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer)
        ? { path: path.join(path.dirname(args.importer), '..', 'locales', 'en.js'), namespace: 'zod-en' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-en' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: path.dirname(args.path),
    }));
  },
};

/** The build-time entry that records the startup answers (scripts/startup-answers.ts). */
const RECORDER = 'record-startup-answers';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist');

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // pg-native: pg's optional native binding, never installed (pg's JavaScript client is used).
  // QuickJS: its .wasm file must sit beside its package.
  external: ['better-sqlite3', 'pg-native', 'quickjs-emscripten-core', '@jitl/quickjs-wasmfile-release-sync'],
  // CommonJS dependencies (ajv, jmespath...) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  entryPoints: { bin: 'src/bin.ts', main: 'src/main.ts', [RECORDER]: 'scripts/startup-answers.ts' },
  outdir,
  splitting: true, // dynamic import() becomes a chunk loaded when first reached
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  keepNames: true,
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'linked',
  plugins: [englishOnlyZodLocales],
  logLevel: 'warning',
});
chmodSync(path.join(outdir, 'bin.js'), 0o755);

// The SDK's answers to `initialize` and `tools/list`, recorded by this very build (the recorder is
// an entry point beside the server's, sharing its chunks), for the stdio prelude to send before the
// SDK loads (src/mcp/stdio-prelude.ts). The recorder is removed once it has run.
const recorder = path.join(outdir, `${RECORDER}.js`);
execFileSync(process.execPath, [recorder, path.join(outdir, 'startup-answers.json')], { stdio: 'inherit' });
for (const file of [recorder, `${recorder}.map`, `${recorder}.LEGAL.txt`]) rmSync(file, { force: true });
