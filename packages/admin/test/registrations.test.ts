import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { testApi, testKey } from "../../ui/test/widget-page.js";
import { ConsolePage, STAFF, savedFile } from "./console-page.js";

failOnUncaughtErrors();

/** An event ten days after the server's "now" that takes registrations, with one place; its id and day in Beijing. */
async function eventWithOnePlace(title: string) {
  const start = new Date(Date.now() + 10 * 86_400_000);
  start.setUTCHours(6, 0, 0, 0);
  const made = await fetch(`${testApi()}/v1/communities/taihe/events`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${testKey()}` },
    body: JSON.stringify({
      title,
      start: start.toISOString(),
      end: new Date(start.getTime() + 3_600_000).toISOString(),
      location: { name: "多功能室" },
      category: "class",
      capacity: 1,
      registration: { open: true, maxPartySize: 2 },
    }),
  });
  expect(made.status).to.equal(201);
  const { id } = (await made.json()) as { id: string };
  return { id, day: new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(start) };
}

async function register(eventId: string, name: string, phone: string) {
  const answer = await fetch(`${testApi()}/v1/communities/taihe/events/${eventId}/registrations`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": `${eventId}-${phone}` },
    body: JSON.stringify({ name, phone, partySize: 1, consent: true }),
  });
  expect(answer.status).to.equal(201);
}

async function openRegistrations(page: ConsolePage, title: string, day: string) {
  await page.fill("搜索标题或地点", title);
  await page.fill("从", day);
  await page.fill("到", day);
  await page.click("筛选");
  await waitUntil(() => page.screen!.querySelector("tbody th")?.textContent?.includes(title), "the event is not listed", { timeout: 8000 });
  await page.click("报名名单", page.screen!.querySelector("tbody tr"));
  await waitUntil(() => page.screen!.querySelector("community-admin-registrations")?.shadowRoot?.querySelector(".summary, .empty"), "no registrations", {
    timeout: 8000,
  });
  return page.screen!.querySelector("community-admin-registrations")!.shadowRoot!;
}

describe("<community-admin> registrations at the door", () => {
  it("lets a coordinator find a resident, check her in, take one waiting in, and export the list", async () => {
    const { id, day } = await eventWithOnePlace("手工皂制作（签到测试）");
    await register(id, "王秀兰", "13800138021");
    await register(id, "李建国", "13800138022");

    const page = await ConsolePage.open();
    await page.signIn(STAFF.coordinator);
    await page.screenReady();
    const list = await openRegistrations(page, "手工皂制作（签到测试）", day);
    const summary = () => list.querySelector(".summary")!.textContent;
    expect(summary()).to.equal("已确认 1 份报名，共 1 人 · 已签到 0 份 · 候补 1 份");
    expect([...list.querySelectorAll("tbody tr")].map((row) => row.textContent!.replace(/\s+/g, " ").trim())).to.deep.equal([
      "王秀兰 13800138021 1 已确认 签到：王秀兰",
      "李建国 13800138022 1 候补第 1 位 转为确认：李建国",
    ]);
    await expect(page.element).to.be.accessible();

    // At the door she gives the last digits of her phone.
    const find = list.querySelector<HTMLInputElement>("#registrations-find")!;
    find.value = "8021";
    find.dispatchEvent(new Event("input"));
    await page.settle();
    await waitUntil(() => list.querySelectorAll("tbody tr").length === 1, "not found by phone");
    [...list.querySelectorAll("button")].find((button) => button.textContent!.includes("签到：王秀兰"))!.click();
    await waitUntil(() => list.textContent!.includes("王秀兰 已签到。"), "not checked in");
    expect(list.querySelector("tbody tr")!.textContent).to.match(/\d{2}:\d{2} 已签到/);

    find.value = "";
    find.dispatchEvent(new Event("input"));
    await waitUntil(() => list.querySelectorAll("tbody tr").length === 2, "the list did not come back");
    [...list.querySelectorAll("button")].find((button) => button.textContent!.includes("转为确认：李建国"))!.click();
    await waitUntil(() => summary()?.startsWith("已确认 2 份报名，共 2 人 · 已签到 1 份 · 候补 0 份"), "not taken in");

    // The CSV as the browser saves it: with its byte-order mark, and the check-in in it.
    const file = await savedFile(() => [...list.querySelectorAll("button")].find((button) => button.textContent === "导出 CSV")!.click());
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split(/\r?\n/);
    expect(lines[1]).to.match(/王秀兰,13800138021,1,已确认 confirmed,,,\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(lines[2]).to.contain("李建国,13800138022,1,已确认 confirmed,,,");
  });

  it("shows an editor no registrations: that is a coordinator's work", async () => {
    const { day } = await eventWithOnePlace("陶艺体验（权限测试）");
    const page = await ConsolePage.open();
    await page.signIn(STAFF.editor);
    await page.screenReady();
    await page.fill("搜索标题或地点", "陶艺体验（权限测试）");
    await page.fill("从", day);
    await page.fill("到", day);
    await page.click("筛选");
    await waitUntil(() => page.screen!.querySelector("tbody th")?.textContent?.includes("陶艺体验"), "the event is not listed", { timeout: 8000 });
    expect(() => page.button("报名名单", page.screen!.querySelector("tbody tr"))).to.throw();
    expect(page.button("编辑", page.screen!.querySelector("tbody tr"))).to.exist;
  });
});
