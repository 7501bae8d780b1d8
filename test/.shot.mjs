import { chromium } from "playwright-core";
const [url, out, width = "1280", height = "1000", action = ""] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: +width, height: +height } });
page.on("console", (m) => console.log("console:", m.type(), m.text()));
page.on("pageerror", (e) => console.log("pageerror:", e.message));
await page.goto(url);
await page.waitForSelector("community-events .month[aria-busy=false], community-events .list__day", { timeout: 10000 });
await page.waitForTimeout(800);
if (action === "open") { await page.locator("community-events .event").first().click(); await page.waitForTimeout(500); }
if (action === "more") { await page.locator("community-events .day__more").first().click(); await page.waitForTimeout(500); }
await page.screenshot({ path: out, fullPage: true });
await browser.close();
