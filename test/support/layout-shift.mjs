// Cumulative Layout Shift as Lighthouse's mobile run sees it: a 412 px phone, its CPU four times
// slower and a slow 4G connection, the page loaded cold and left until its widgets are settled.

/** Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** Collects every layout shift the page makes, scored as CLS is: the worst session window (gaps under 1 s, at most 5 s). */
function observeShifts() {
  // Layout shift attribution leaves out nodes in shadow roots: found again by their box.
  const inShadow = (rect) => {
    const same = (box) =>
      Math.round(box.y) === Math.round(rect.y) && Math.round(box.height) === Math.round(rect.height) && Math.round(box.x) === Math.round(rect.x);
    for (const host of document.querySelectorAll("*")) {
      if (!host.shadowRoot) continue;
      for (const element of host.shadowRoot.querySelectorAll("*")) if (same(element.getBoundingClientRect())) return element;
    }
    return undefined;
  };
  const windows = [];
  let current;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      if (!current || entry.startTime - current.last > 1000 || entry.startTime - current.first > 5000) {
        current = { first: entry.startTime, last: entry.startTime, value: 0, shifts: [] };
        windows.push(current);
      }
      current.last = entry.startTime;
      current.value += entry.value;
      const moved = entry.sources.map((source) => {
        const node = source.node ?? inShadow(source.currentRect);
        const name =
          node?.nodeType === 1
            ? `${node.localName}${node.className && typeof node.className === "string" ? `.${node.className.split(" ")[0]}` : ""}`
            : String(node?.nodeName);
        return `${name} ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)} (h ${Math.round(source.previousRect.height)}→${Math.round(source.currentRect.height)})`;
      });
      current.shifts.push(`${Math.round(entry.startTime)} ms: ${entry.value.toFixed(4)} ${moved.join(", ")}`);
    }
  }).observe({ type: "layout-shift", buffered: true });
  globalThis.layoutShift = () => windows.reduce((worst, window) => (window.value > worst.value ? window : worst), { value: 0, shifts: [] });
}

/**
 * Loads `url` in a fresh phone-sized context as Lighthouse's mobile run would, waits for the
 * network to go quiet and the page to settle, and returns its CLS with the shifts that made it.
 */
export async function layoutShiftOf(browser, url, { settle = (page) => page.waitForTimeout(1500) } = {}) {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.addInitScript(observeShifts);
    await page.goto(url, { waitUntil: "networkidle", timeout: 60000 });
    await settle(page);
    return await page.evaluate(() => globalThis.layoutShift());
  } finally {
    await context.close();
  }
}
