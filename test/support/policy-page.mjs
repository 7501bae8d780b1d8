// A host page served under a Content Security Policy of the test's choosing, with the
// auto-loader, that records every policy violation it reports and every uncaught error.

/** Scripts and styles from the page's own origin only: no inline script or style, no eval. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";

/** Opens `body` under `policy`; `violations()` reads what the page reported. */
export async function openUnderPolicy(demo, policy, body) {
  const page = await (await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 1200, height: 900 } })).newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route(`${demo.site.url}/policy-page.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      headers: { "Content-Security-Policy": policy },
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="/embed/community-kit.js"></script></head><body>${body}</body></html>`,
    }),
  );
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.violations.push(`${event.violatedDirective} ${event.sample} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  await page.goto(`${demo.site.url}/policy-page.html`);
  return { page, errors, violations: () => page.evaluate(() => window.violations) };
}
