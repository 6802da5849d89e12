// Prints one plain, greppable line at the end of a run: `playwright: N passed, M failed, K skipped`.
import type { FullConfig, FullResult, Reporter, Suite } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private suite: Suite | undefined;

  onBegin(_config: FullConfig, suite: Suite) {
    this.suite = suite;
  }

  onEnd(result: FullResult) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const test of this.suite?.allTests() ?? []) {
      const outcome = test.outcome();
      if (outcome === 'expected' || outcome === 'flaky') passed += 1;
      else if (outcome === 'skipped') skipped += 1;
      else failed += 1;
    }
    // A run that broke before any test (no browser, global timeout) must not read as green.
    if (result.status !== 'passed' && failed === 0) failed = 1;
    process.stdout.write(`playwright: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }

  printsToStdio() {
    return false;
  }
}
