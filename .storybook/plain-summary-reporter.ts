import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends `npm run test:stories` with the plain line the project's other runners
 * print, "N passed, N failed" (", N skipped" when any were), after Vitest's own
 * summary. A story file that could not be loaded, or an unhandled error,
 * counts as one failure, so a broken run never reads as a green one.
 */
export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      let tests = 0;
      for (const test of module.children.allTests()) {
        tests++;
        const { state } = test.result();
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (tests === 0 && module.state() === 'failed') failed++;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
