import { defineConfig } from 'vitest/config';

// Four tiers, each its own project (and npm script); `vitest run` runs them all with one summary.
// unit: no model bundle, no child process, fast. integration: the bundle, emulators, git, child
// processes. e2e: the built server (dist/bin.js) through real MCP clients. conformance: the
// official clients' requests and the shared scenarios. Only the last three clone the bundle.
// Tests run in forks: better-sqlite3 and git child processes behave best outside worker threads.
const needsBundle = { globalSetup: ['test/global-setup.ts'] };

export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], ...needsBundle },
      },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], ...needsBundle } },
      {
        extends: true,
        test: { name: 'conformance', include: ['test/conformance/**/*.test.ts'], ...needsBundle },
      },
    ],
  },
});
