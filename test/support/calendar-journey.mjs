// Steps of a resident's journey through the demo calendar, shared by the tests that take it.
import { shanghaiMonth } from "./demo-site.mjs";

/** The first upcoming event in the demo that takes registrations and has at least `places` left. */
export async function upcomingOpenEvent(siteUrl, places = 2) {
  const { year, month } = shanghaiMonth(1);
  const to = new Date(Date.UTC(year, month, 1)).toISOString();
  const list = await (await fetch(`${siteUrl}/v1/communities/taihe/events?from=${new Date(Date.now() + 3600_000).toISOString()}&to=${to}&limit=1000`)).json();
  return list.items.find((candidate) => candidate.registration?.open && candidate.capacity - candidate.registeredCount >= places);
}

/** Opens `event`'s dialog from the month view on `page` (this month or the next). */
export async function openEventInCalendar(page, event) {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(event.start));
  await page.locator('community-events .month[aria-busy="false"]').waitFor();
  const { year, month } = shanghaiMonth();
  if (day.slice(0, 7) !== `${year}-${String(month).padStart(2, "0")}`) {
    await page.locator('community-events button[aria-label="下个月"]').click();
  }
  await page.locator(`community-events [data-day="${day}"] .event`, { hasText: event.title }).first().click();
  await page.locator("community-events dialog[open]").waitFor();
}

/** Fills the open dialog's registration form as a resident would. */
export async function fillRegistration(dialog, { name, phone }) {
  await dialog.getByLabel("姓名").fill(name);
  await dialog.getByLabel("手机号码").fill(phone);
  await dialog.getByLabel("我已阅读并同意以上说明").check();
}
