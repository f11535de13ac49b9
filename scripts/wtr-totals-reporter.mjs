// A web-test-runner reporter that ends the run with the totals of every browser on one line,
// "browser tests: N passed, M failed, K skipped" (wtr itself prints one line per browser), after
// one such line per browser. .ci/run adds that line to the Node tests' totals.

/** Counts the tests of one session; a session that failed without a failed test (a file that
 * did not load, a failing hook, a timeout) counts as one failure so that it cannot pass unseen. */
function countSession(session) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const walk = (suite) => {
    for (const test of suite.tests) {
      if (test.skipped) counts.skipped += 1;
      else if (test.passed) counts.passed += 1;
      else counts.failed += 1;
    }
    for (const child of suite.suites) walk(child);
  };
  if (session.testResults) walk(session.testResults);
  if (session.passed === false && counts.failed === 0) counts.failed = 1;
  return counts;
}

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

export function totalsReporter() {
  let finished = [];
  return {
    onTestRunFinished({ sessions }) {
      finished = sessions;
    },
    stop() {
      // Printed as the process exits, after wtr's own last progress report.
      process.once('exit', () => report(finished));
    },
  };
}

/** Prints one line per browser, then the line with every browser's totals. */
function report(finished) {
  const byBrowser = new Map();
  for (const session of finished) {
    const name = session.browser.name;
    const total = byBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
    const counts = countSession(session);
    for (const key of Object.keys(total)) total[key] += counts[key];
    byBrowser.set(name, total);
  }
  const all = { passed: 0, failed: 0, skipped: 0 };
  console.log('');
  for (const [name, counts] of byBrowser) {
    console.log(`${name} (all files): ${line(counts)}`);
    for (const key of Object.keys(all)) all[key] += counts[key];
  }
  console.log(`browser tests: ${line(all)}`);
}
