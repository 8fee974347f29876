/**
 * A Playwright reporter that ends the run with one line per reason tests were skipped (a lane whose Debian
 * packages are missing, tests/support/system-packages.ts), with the projects and number of tests: the list
 * reporter shows skipped tests without their reason, and the HTML report is not where anyone looks. Under
 * `npm test` the lines also go to the run's last lines (tests/run.ts).
 */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { recordSkip } from './system-packages';

export default class SkipReporter implements Reporter {
  private readonly skipped = new Map<string, { projects: Set<string>; tests: number }>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = [...result.annotations, ...test.annotations].find((a) => a.type === 'skip')?.description;
    // Tests left out because a set-up project failed carry no reason: the failure says why.
    if (!reason) return;
    const entry = this.skipped.get(reason) ?? { projects: new Set<string>(), tests: 0 };
    entry.projects.add(test.parent.project()?.name ?? '?');
    entry.tests++;
    this.skipped.set(reason, entry);
  }

  onEnd(): void {
    if (!this.skipped.size) return;
    console.log('');
    for (const [reason, { projects, tests }] of this.skipped) {
      const line = `Playwright ${[...projects].join(', ')} (${tests} ${tests === 1 ? 'test' : 'tests'}) skipped: ${reason}`;
      console.log(line);
      recordSkip(line);
    }
  }

  printsToStdio(): boolean {
    return true;
  }
}
