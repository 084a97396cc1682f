#!/usr/bin/env node
// Entry point of the `aws-tool-mcp` binary. With no arguments (what MCP hosts run) it serves over
// stdio straight away; any command goes to the CLI. Serving keeps the process alive until the
// client disconnects; other commands exit with their code.

import module from 'node:module';

// Node 22.1+: reuse compiled code across starts (a no-op where unavailable).
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const argv = process.argv.slice(2);
const run =
  argv.length === 0
    ? import('./main.js').then((m) => m.serveFromEnvironment())
    : import('./cli/run-cli.js').then((m) => m.runCli(argv));

run.then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  },
);
