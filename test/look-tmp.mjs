import { startDemoSite, launchChromium } from "./support/demo-site.mjs";
const site = await startDemoSite();
const browser = await launchChromium();
const shots = JSON.parse(process.argv[2]);
for (const { path, width, height, name, click, full } of shots) {
  const page = await (await browser.newContext({ locale: "zh-CN", viewport: { width, height }, isMobile: width < 500, hasTouch: width < 500 })).newPage();
  await page.goto(site.url + path, { waitUntil: "networkidle" });
  if (click) {
    await page.locator(click).first().click();
    await page.waitForTimeout(800);
  }
  await page.waitForTimeout(600);
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: !!full });
}
await browser.close();
await site.stop();
