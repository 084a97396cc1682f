#!/usr/bin/env node
// Entry point of the `aws-tool-mcp` binary: hands the arguments to the CLI and exits with its code.
// Serving keeps the process alive until the client disconnects; other commands exit when done.

import { runCli } from './cli/run-cli.js';

runCli(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  },
);
