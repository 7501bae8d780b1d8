// Issue 19's points that the widgets' own tests show in isolation, here on the demo's pages at a
// phone's 375×740 and a desktop's 1280×900: what is over says so, senior mode's type and wrapping,
// the dialog's labels above their values, and why a room's times cannot be booked.
import assert from "node:assert/strict";
import { test } from "node:test";
import { openRoomDay } from "../support/booking-journey.mjs";
import { createManagementKey, demoSiteAndBrowser, shanghaiMonth } from "../support/demo-site.mjs";

const demo = demoSiteAndBrowser();
const SIZES = [
  { name: "phone", viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true },
  { name: "desktop", viewport: { width: 1280, height: 900 } },
];

async function open(size, path) {
  const { name: _name, ...options } = size;
  const page = await (await demo.browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", ...options })).newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${demo.site.url}${path}`);
  return { page, errors };
}

/** Shows the month before this one, where every event is over, and opens its first event. */
async function openPastEvent(page) {
  const { year, month } = shanghaiMonth(-1);
  await page.locator("community-events .toolbar").waitFor();
  await page.locator("community-events").evaluate(
    (calendar, day) => {
      calendar.date = day;
    },
    `${year}-${String(month).padStart(2, "0")}-15`,
  );
  await page
    .locator("community-events .toolbar__title")
    .filter({ hasText: `${year}年${month}月` })
    .waitFor();
  const event = page.locator('community-events [part~="event"], community-events [part~="list-event"]').first();
  await event.waitFor();
  await event.click();
  const dialog = page.locator("community-events dialog[open]");
  await dialog.waitFor();
  return dialog;
}

/** Whether each label of the dialog's facts stands above its value. */
const labelsAbove = (dialog) =>
  dialog.locator(".dialog__facts > div").evaluateAll((rows) =>
    rows.every((row) => {
      const [label, value] = [row.querySelector("dt").getBoundingClientRect(), row.querySelector("dd").getBoundingClientRect()];
      return value.top >= label.bottom - 1;
    }),
  );

/** A Wednesday beyond the calligraphy room's horizon on which it is open: none of its closures. */
async function openDayBeyondHorizon() {
  const room = await (await fetch(`${demo.site.url}/v1/communities/taihe/resources/calligraphy-room`)).json();
  const day = new Date(Date.now() + (room.limits.horizonDays + 7) * 86_400_000);
  const closed = (date) => room.closures.some((closure) => closure.from <= date && date <= closure.to);
  while (day.getUTCDay() !== 3 || closed(day.toISOString().slice(0, 10))) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * Staff set the official days of a year the bundled schedule does not reach (as they would when the
 * State Council publishes it), and an event on one of them so that a phone's list shows that day.
 */
async function setOfficialDays() {
  const year = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date())) + 2;
  const key = createManagementKey(demo.site, "taihe");
  const send = (method, path, body) =>
    fetch(`${demo.site.url}/v1/communities/taihe${path}`, {
      method,
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
      body: JSON.stringify(body),
    });
  const days = [
    { date: `${year}-10-01`, kind: "rest", name: "国庆节" },
    { date: `${year}-10-02`, kind: "rest", name: "国庆节" },
    { date: `${year}-10-10`, kind: "work", name: "国庆节" },
  ];
  assert.equal((await send("PUT", `/official-days/${year}`, { days })).status, 200);
  const event = {
    title: "国庆游园会",
    start: `${year}-10-01T09:00:00+08:00`,
    end: `${year}-10-01T11:00:00+08:00`,
    location: { name: "文化广场" },
    category: "festival",
  };
  assert.equal((await send("POST", "/events", event)).status, 201);
  return year;
}

let officialYear;

for (const size of SIZES) {
  test(`${size.name}: the official days staff set for a year show as 休 and 班, read out as the holiday`, async () => {
    officialYear ??= await setOfficialDays();
    const { page, errors } = await open(size, "/");
    await page.locator("community-events .toolbar").waitFor();
    await page.locator("community-events").evaluate((calendar, day) => {
      calendar.date = day;
    }, `${officialYear}-10-01`);
    await page
      .locator("community-events .toolbar__title")
      .filter({ hasText: `${officialYear}年10月` })
      .waitFor();
    const badge = page.locator(`community-events [data-day="${officialYear}-10-01"] [part~="holiday-badge"]`);
    await badge.waitFor();
    assert.equal((await badge.locator('[aria-hidden="true"]').textContent()).trim(), "休");
    assert.equal((await badge.locator(".visually-hidden").textContent()).trim(), "国庆节假期");
    if (size.name === "desktop") {
      const work = page.locator(`community-events [data-day="${officialYear}-10-10"] [part~="holiday-badge"] [aria-hidden="true"]`);
      assert.equal((await work.textContent()).trim(), "班");
      assert.equal(await page.locator(`community-events [data-day="${officialYear}-10-03"] [part~="holiday-badge"]`).count(), 0);
    }
    assert.deepEqual(errors, []);
  });

  test(`${size.name}: an event that is over says 活动已结束 and offers no form`, async () => {
    const { page, errors } = await open(size, "/");
    const dialog = await openPastEvent(page);
    assert.equal((await dialog.locator('[part~="event-over"]').textContent()).trim(), "活动已结束");
    assert.equal(await dialog.locator("form").count(), 0);
    assert.doesNotMatch(await dialog.textContent(), /剩余/);
    // On a phone each label stands above its value; a desktop has room for them side by side.
    assert.equal(await labelsAbove(dialog), size.name === "phone");
    assert.deepEqual(errors, []);
  });

  test(`${size.name}: senior mode sets the calendar's text at 18 px or more, titles wrap, and the dialog's labels stand above their values`, async () => {
    const { page, errors } = await open(size, "/senior.html");
    const titles = page.locator("community-events .event__title, community-events .row__title");
    await titles.first().waitFor();
    const sizes = await titles.evaluateAll((all) => all.slice(0, 20).map((title) => Number.parseFloat(getComputedStyle(title).fontSize)));
    assert.ok(Math.min(...sizes) >= 18, `titles are ${Math.min(...sizes)} px at least`);
    // No title is cut to an ellipsis on one line: a long one takes a second.
    const cut = await titles.evaluateAll(
      (all) => all.filter((title) => getComputedStyle(title).whiteSpace === "nowrap" && title.scrollWidth > title.clientWidth + 1).length,
    );
    assert.equal(cut, 0);
    const dialog = await openPastEvent(page);
    assert.equal(await labelsAbove(dialog), true);
    assert.deepEqual(errors, []);
  });

  test(`${size.name}: a room's times beyond the horizon each say 尚未开放, in a grid of 44 px targets on a phone`, async () => {
    const { page, errors } = await open(size, "/rooms.html");
    const widget = page.locator("community-room-booking");
    await openRoomDay(widget, "书画活动室", await openDayBeyondHorizon());
    const slots = widget.getByRole("listbox", { name: "时段" }).getByRole("option");
    await slots.first().filter({ hasText: "尚未开放" }).waitFor();
    const states = await widget.locator(".slot__state").allTextContents();
    assert.ok(states.length > 6 && states.every((state) => state.trim() === "尚未开放"), `every time says why: ${states}`);
    assert.match(await widget.locator(".timeline").first().textContent(), /可预约今后 30 天内的时段/);
    const boxes = await slots.evaluateAll((all) =>
      all.map((slot) => slot.getBoundingClientRect()).map(({ top, left, width, height }) => ({ top, left, width, height })),
    );
    const firstRow = boxes.filter((box) => Math.abs(box.top - boxes[0].top) < 1).length;
    if (size.name === "phone") {
      assert.equal(firstRow, 4, "four times to a row on a phone");
      assert.ok(
        boxes.every((box) => box.width >= 44 && box.height >= 44),
        "each at least 44 px",
      );
    } else {
      assert.ok(firstRow >= 1);
    }
    assert.deepEqual(errors, []);
  });
}
