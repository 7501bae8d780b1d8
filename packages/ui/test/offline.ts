import { expect, waitUntil } from "@open-wc/testing";

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

/**
 * What every widget does for a resident who loses the connection: opened on
 * the flaky API while online, then again offline, it shows what it loaded the
 * first time (its saved copy) with the offline notice, and no error state.
 * `open` gives the widget for an API; `shown` counts what it lists.
 */
export async function expectSavedCopyOffline(open: (api: string) => Promise<HTMLElement>, shown: (root: ShadowRoot) => number): Promise<void> {
  const api = `${location.origin}/flaky`;
  const online = await open(api);
  const onlineRoot = online.shadowRoot!;
  await waitUntil(() => shown(onlineRoot) > 0 && !onlineRoot.querySelector('[part~="refreshing"]'), "nothing showed online", { timeout: 8000 });
  const count = shown(onlineRoot);
  online.remove();
  await whileOffline(async () => {
    const offline = await open(api);
    const root = offline.shadowRoot!;
    await waitUntil(() => root.querySelector('[part~="offline"]'), "no offline notice", { timeout: 8000 });
    expect(shown(root)).to.equal(count);
    expect(root.querySelector('[role="alert"]')).to.be.null;
    await expect(offline).to.be.accessible();
  });
}
