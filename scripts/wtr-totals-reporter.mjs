// A web-test-runner reporter that ends the run with the totals of every browser on one line,
// "browser tests: N passed, M failed, K skipped" (wtr itself prints one line per browser), after
// one such line per browser. .ci/run adds that line to the Node tests' totals. Before them it
// names every failed test again (browser, file, test, first line of the error): wtr reports a
// failure when its file ends, far above the end of a long log, which is all a CI summary may keep.

/**
 * The counts of one session's tests, and a line for each failure: "browser file › suite › test:
 * first line of the error". A session that failed without a failed test (a file that did not
 * load, a failing hook, a timeout) counts as one failure so that it cannot pass unseen.
 */
function resultsOf(session) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const failures = [];
  const where = `${session.browser.name} ${session.testFile.replace(process.cwd() + '/', '')}`;
  const firstLine = (error) => String(error?.message ?? error ?? 'failed').split('\n')[0].slice(0, 300);
  const walk = (suite, names) => {
    for (const test of suite.tests) {
      if (test.skipped) counts.skipped += 1;
      else if (test.passed) counts.passed += 1;
      else {
        counts.failed += 1;
        failures.push(`${where} › ${[...names, test.name].join(' › ')}: ${firstLine(test.error)}`);
      }
    }
    for (const child of suite.suites) walk(child, [...names, child.name]);
  };
  if (session.testResults) walk(session.testResults, []);
  for (const error of session.errors ?? []) failures.push(`${where}: ${firstLine(error)}`);
  if (session.passed === false && counts.failed === 0) {
    counts.failed = 1;
    if (failures.length === 0) failures.push(`${where}: the file failed without a failed test (a timeout, a hook, or it did not load)`);
  }
  return { counts, failures };
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
  const failures = [];
  for (const session of finished) {
    const name = session.browser.name;
    const total = byBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
    const { counts, failures: failed } = resultsOf(session);
    for (const key of Object.keys(total)) total[key] += counts[key];
    byBrowser.set(name, total);
    failures.push(...failed);
  }
  const all = { passed: 0, failed: 0, skipped: 0 };
  console.log('');
  if (failures.length) {
    console.log(`failed (${failures.length}):`);
    for (const failure of failures) console.log(`  ${failure}`);
  }
  for (const [name, counts] of byBrowser) {
    console.log(`${name} (all files): ${line(counts)}`);
    for (const key of Object.keys(all)) all[key] += counts[key];
  }
  console.log(`browser tests: ${line(all)}`);
}
