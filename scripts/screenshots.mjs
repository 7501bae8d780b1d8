// The README's pictures, taken from the demo as a resident sees it: `pnpm run screenshots` after
// `pnpm run build`. A fresh demo database, Debian's Chromium with Noto CJK, Shanghai's clock and zone.
import { join } from "node:path";
import { launchChromium, startDemoSite } from "../test/support/demo-site.mjs";

const docs = join(import.meta.dirname, "..", "docs");
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 740 };

const shots = [
  { file: "demo-month.png", path: "/", viewport: DESKTOP, ready: "community-events .event" },
  { file: "government-portal.png", path: "/government.html", viewport: DESKTOP, ready: "community-partner-map .entry" },
  { file: "phone-calendar.png", path: "/", viewport: PHONE, ready: "community-events .row", scrollTo: "community-events" },
  { file: "phone-rooms.png", path: "/rooms.html", viewport: PHONE, ready: "community-room-booking .card__name", scrollTo: "community-room-booking" },
  {
    file: "phone-volunteers.png",
    path: "/volunteers.html",
    viewport: PHONE,
    ready: "community-volunteer-signup [data-shift-id]",
    scrollTo: "community-volunteer-signup",
  },
  { file: "phone-partners.png", path: "/partners.html", viewport: PHONE, ready: "community-partner-map .entry", scrollTo: "community-partner-map" },
  { file: "phone-senior.png", path: "/senior.html", viewport: PHONE, ready: "community-events .row" },
];

const site = await startDemoSite();
const browser = await launchChromium();
try {
  for (const { file, path, viewport, ready, scrollTo } of shots) {
    const phone = viewport === PHONE;
    const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport, isMobile: phone, hasTouch: phone });
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`, { waitUntil: "networkidle" });
    await page.locator(ready).first().waitFor();
    if (scrollTo) await page.locator(scrollTo).evaluate((element) => element.scrollIntoView());
    // Lazy parts (the lunar calendar, pictures) and fonts settle.
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(docs, file) });
    await context.close();
    console.log(`› docs/${file}`);
  }
} finally {
  await browser.close();
  await site.stop();
}
