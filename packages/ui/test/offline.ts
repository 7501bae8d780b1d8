/**
 * Runs `work` with the test server's flaky proxy (an api="…/flaky" widget's
 * API, see web-test-runner.config.mjs) cut off, as if the visitor had lost the
 * connection, and reconnects it afterwards, also when `work` fails.
 */
export async function whileOffline<Result>(work: () => Promise<Result>): Promise<Result> {
  await fetch("/flaky/__offline");
  try {
    return await work();
  } finally {
    await fetch("/flaky/__online");
  }
}
