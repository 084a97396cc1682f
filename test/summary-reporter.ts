// Closes every test run with one plain line, `N passed, N failed, N skipped`, that CI logs and
// people can read without vitest's colours.

import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const count = (state: 'passed' | 'failed' | 'skipped'): number =>
      testModules.reduce((n, m) => n + [...m.children.allTests(state)].length, 0);
    const failedModules = testModules.filter(
      (m) => m.state() === 'failed' && [...m.children.allTests()].length === 0,
    );
    const failed = count('failed') + failedModules.length;
    process.stdout.write(`\n${count('passed')} passed, ${failed} failed, ${count('skipped')} skipped\n`);
  }
}
