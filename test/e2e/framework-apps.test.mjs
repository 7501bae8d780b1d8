// examples/react-app (the widgets through @community-kit/react) and examples/vue-app (the
// custom elements in Vue templates), built by Vite from the workspace packages and served by
// the demo server: a resident goes through the site's sections, and what each widget reports
// reaches the app's own state.
import assert from "node:assert/strict";
import { test } from "node:test";
import { demoSiteAndBrowser } from "../support/demo-site.mjs";

const demo = demoSiteAndBrowser();

for (const app of ["react", "vue"]) {
  test(`the ${app === "react" ? "React" : "Vue"} app: each widget works, and its events reach the app`, async () => {
    const page = await (await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 1200, height: 900 } })).newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${demo.site.url}/${app}/`);
    const status = page.getByRole("status").first();
    const section = (name) => page.getByRole("navigation", { name: "栏目" }).getByRole("button", { name });

    // Events: the list, whose range the app shows; an event chosen opens the dialog and names itself to the app.
    const row = page.locator("community-events .row").first();
    await row.waitFor();
    assert.match(await page.locator("main > .status").textContent(), /^显示 \d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2} 的活动$/);
    const title = (await row.locator(".row__title").textContent()).trim();
    await row.click();
    await page.locator("community-events-dialog dialog[open]").waitFor();
    assert.equal(await page.locator("main > .status").textContent(), `正在查看：${title}`);
    await page.keyboard.press("Escape");

    // Rooms: choosing one tells the app which.
    await section("场地预约").click();
    await page.locator('community-room-booking [part~="choose"]').first().click();
    await page.locator("community-room-booking .timeline").waitFor();
    assert.match(await page.locator("main > .status").textContent(), /^已选择：[a-z-]+$/);

    // Volunteering: the shifts to come, and a sign-up form.
    await section("志愿服务").click();
    await page.locator('community-volunteer-signup [part~="sign-up"]').first().click();
    await page.locator("community-volunteer-signup #signup-consent").waitFor();

    // Partners: one chosen in the list.
    await section("共建单位").click();
    await page.locator("community-partner-map .entry__button").first().click();
    await page.locator("community-partner-map .details__title").waitFor();
    assert.match(await page.locator("main > .status").textContent(), /^已选择共建单位：[a-z-]+$/);

    // Back to the calendar: mounted again, it loads again.
    await section("活动日历").click();
    await page.locator("community-events .row").first().waitFor();
    await status.waitFor();
    assert.deepEqual(errors, []);
  });
}
