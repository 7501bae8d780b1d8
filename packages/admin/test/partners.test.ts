import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { testApi, testKey } from "../../ui/test/widget-page.js";
import { ConsolePage, STAFF } from "./console-page.js";

failOnUncaughtErrors();

async function partnersSection() {
  // Map tiles from the test server: one plain tile for every address.
  const page = await ConsolePage.open(`tiles="${location.origin}/tiles/{z}/{x}/{y}.png"`);
  await page.signIn(STAFF.editor);
  await page.screenReady();
  page.root.querySelector<HTMLAnchorElement>('nav a[href="#partners"]')!.click();
  await waitUntil(() => page.screen?.querySelector(".cards"), "the partners did not load", { timeout: 8000 });
  return page;
}

const publicPartner = async (id: string) => fetch(`${testApi()}/v1/communities/taihe/partners/${id}`, { cache: "no-store" });

describe("<community-admin> partners", () => {
  it("sets a partner's place by clicking the map or typing it, and residents' map reads the change", async () => {
    const original = (await (await publicPartner("taihe-middle-school")).json()) as { location: object; services: string[] };
    const page = await partnersSection();
    const card = [...page.screen!.querySelectorAll(".card")].find((candidate) => candidate.textContent!.includes("太和中学"))!;
    page.button("编辑", card).click();
    await waitUntil(() => page.screen!.querySelector(".picker .leaflet-container, .picker.leaflet-container"), "the map did not load", { timeout: 8000 });
    await expect(page.element).to.be.accessible();
    const before = { lat: page.field("纬度").value, lng: page.field("经度").value };

    // A click on the map, east and south of the marker, moves the place there.
    const map = page.screen!.querySelector<HTMLElement>(".picker")!;
    const box = map.getBoundingClientRect();
    const at = { clientX: box.left + box.width * 0.75, clientY: box.top + box.height * 0.75, bubbles: true };
    for (const type of ["mousedown", "mouseup", "click"]) map.dispatchEvent(new MouseEvent(type, at));
    await page.settle();
    expect(Number(page.field("经度").value)).to.be.greaterThan(Number(before.lng));
    expect(Number(page.field("纬度").value)).to.be.lessThan(Number(before.lat));

    // Typed coordinates, out of range, are named; in range, they are saved.
    await page.fill("纬度", "139.9");
    await page.click("保存");
    await waitUntil(() => page.screen!.querySelector(".error-summary"), "a latitude of 139.9 was taken");
    expect(page.screen!.querySelector(".error-summary")!.textContent).to.contain("纬度在 -90 到 90 之间");
    await page.fill("纬度", "39.9351");
    await page.fill("经度", "116.4421");
    await page.fill("提供的服务（每行一项）", "美术课进社区\n暑期托管");
    await page.click("保存");
    await waitUntil(() => page.text().includes("已保存“太和中学"), "not saved", { timeout: 8000 });

    const saved = (await (await publicPartner("taihe-middle-school")).json()) as { location: { lat: number; lng: number }; services: string[] };
    expect(saved.location).to.deep.equal({ lat: 39.9351, lng: 116.4421 });
    expect(saved.services).to.deep.equal(["美术课进社区", "暑期托管"]);
    // The partner map's tests read the demo's partners: put this one back as it was.
    await fetch(`${testApi()}/v1/communities/taihe/partners/taihe-middle-school`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${testKey()}` },
      body: JSON.stringify({ location: original.location, services: original.services }),
    });
  });

  it("adds a partner, names what is missing and a code that is taken, and removes it after asking", async () => {
    const page = await partnersSection();
    await page.click("加上合作单位");
    await waitUntil(() => page.screen!.querySelector("#partner-form-heading"), "no form");
    await page.click("保存");
    await waitUntil(() => page.screen!.querySelector(".error-summary"), "an empty partner was taken");
    const wrong = [...page.screen!.querySelectorAll(".error-summary a")].map((link) => link.textContent!.trim());
    expect(wrong).to.include.members(["请填写单位名称", "编号只能用小写英文字母、数字和连字符", "请填写地址"]);
    await expect(page.element).to.be.accessible();

    await page.fill("单位名称", "太和社区图书分馆");
    await page.fill("编号（英文字母、数字和连字符）", "taihe-middle-school");
    await page.choose("类型", "cultural-site");
    await page.fill("地址", "太和路 90 号");
    await page.click("保存");
    await waitUntil(() => page.text().includes("这个编号已经有单位用了"), "a taken code was taken");
    await page.fill("编号（英文字母、数字和连字符）", "taihe-library-branch");
    await page.click("保存");
    await waitUntil(() => page.text().includes("已保存“太和社区图书分馆”。"), "not added", { timeout: 8000 });
    expect((await publicPartner("taihe-library-branch")).status).to.equal(200);

    await waitUntil(() => [...page.screen!.querySelectorAll(".card")].some((card) => card.textContent!.includes("太和社区图书分馆")), "not listed", {
      timeout: 8000,
    });
    const card = [...page.screen!.querySelectorAll(".card")].find((candidate) => candidate.textContent!.includes("太和社区图书分馆"))!;
    page.button("删除", card).click();
    await waitUntil(() => page.screen!.querySelector('[role="alertdialog"]'), "not asked first");
    page.button("删除", page.screen!.querySelector('[role="alertdialog"]')).click();
    await waitUntil(() => page.text().includes("已删除“太和社区图书分馆”。"), "not removed", { timeout: 8000 });
    expect((await publicPartner("taihe-library-branch")).status).to.equal(404);
  });
});
