import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { testApi, testKey } from "../../ui/test/widget-page.js";
import { ConsolePage, STAFF, press, savedFile, type } from "./console-page.js";

failOnUncaughtErrors();

async function settings(tab: string) {
  const page = await ConsolePage.open();
  await page.signIn(STAFF.admin);
  await page.screenReady();
  page.root.querySelector<HTMLAnchorElement>('nav a[href="#settings"]')!.click();
  await waitUntil(() => page.screen?.querySelector("#settings-heading"), "the settings did not open");
  await page.click(tab);
  const panel = () => page.screen!.querySelector(".tab-panel > *")!.shadowRoot!;
  await waitUntil(() => panel() && !panel().querySelector('[aria-busy="true"]') && panel().textContent!.trim(), "the tab did not load", { timeout: 8000 });
  return { page, panel };
}

describe("<community-admin> settings", () => {
  it("finds what is held for a phone, exports it, and erases it after asking", async () => {
    const upcoming = window.CK_TEST_UPCOMING[0]!;
    const registered = await fetch(`${testApi()}/v1/communities/taihe/events/${upcoming.id}/registrations`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": "settings-erase-13500135000" },
      body: JSON.stringify({ name: "钱阿姨", phone: "13500135000", partySize: 1, consent: true }),
    });
    expect(registered.status).to.be.oneOf([201, 409]);

    const { page, panel } = await settings("居民个人信息");
    type(panel(), "居民的手机号", "135 0013 5000");
    press(panel(), "查找");
    await waitUntil(() => panel().textContent!.includes("找到 1 条活动报名"), "nothing found");
    expect(panel().textContent).to.contain("钱阿姨");
    await expect(page.element).to.be.accessible();

    const file = await savedFile(() => press(panel(), "导出这些信息"));
    const exported = JSON.parse(await file.text());
    expect(exported.registrations[0]).to.include({ name: "钱阿姨", eventId: upcoming.id });

    press(panel(), "删除这位居民的信息");
    await waitUntil(() => panel().querySelector('[role="alertdialog"]'), "not asked first");
    expect(panel().activeElement).to.equal(panel().querySelector('[role="alertdialog"]'));
    press(panel().querySelector('[role="alertdialog"]')!, "确定删除");
    await waitUntil(() => panel().textContent!.includes("已删除"), "not erased");
    await waitUntil(() => panel().textContent!.includes("没有找到手机号 13500135000 的任何信息。"), "still found");
  });

  it("makes an account with a one-time password shown once, changes its role, resets it and disables it; the last admin stays one", async () => {
    const { panel } = await settings("工作人员");
    type(panel(), "姓名", "");
    press(panel(), "开设账号");
    await waitUntil(() => panel().textContent!.includes("请填写姓名"), "an empty name was taken");
    type(panel(), "姓名", "周敏");
    (panel().querySelector("#staff-role") as HTMLSelectElement).value = "coordinator";
    panel().querySelector("#staff-role")!.dispatchEvent(new Event("change"));
    press(panel(), "开设账号");
    await waitUntil(() => panel().querySelector(".secret__value"), "no one-time password shown");
    expect(panel().textContent).to.contain("已为 周敏 开设账号");
    await waitUntil(() => [...panel().querySelectorAll("tbody th")].some((cell) => cell.textContent === "周敏"), "the account is not listed");
    const row = () => [...panel().querySelectorAll("tbody tr")].find((cell) => cell.querySelector("th")!.textContent === "周敏")!;
    expect(row().textContent).to.contain("协调员");
    expect(row().textContent).to.contain("等待第一次登录");

    (row().querySelector("button") as HTMLButtonElement).click(); // 改为管理员
    await waitUntil(() => panel().textContent!.includes("周敏 现在是管理员。"), "the role did not change");
    [...row().querySelectorAll("button")].find((button) => button.textContent!.includes("重置密码"))!.click();
    await waitUntil(() => panel().textContent!.includes("已重置 周敏 的密码"), "not reset");
    [...row().querySelectorAll("button")].find((button) => button.textContent!.includes("停用"))!.click();
    await waitUntil(() => panel().querySelector('[role="alertdialog"]'), "not asked first");
    [...panel().querySelectorAll<HTMLButtonElement>('[role="alertdialog"] button')].find((button) => button.textContent!.trim() === "停用")!.click();
    await waitUntil(() => panel().textContent!.includes("已停用 周敏 的账号。"), "not disabled");
    await waitUntil(() => row().textContent!.includes("已停用"), "the list does not show it disabled");

    // 王芳 is the only working admin: she cannot make herself an editor.
    const me = [...panel().querySelectorAll("tbody tr")].find((cell) => cell.querySelector("th")!.textContent!.startsWith("王芳"))!;
    [...me.querySelectorAll("button")].find((button) => button.textContent!.includes("改为编辑"))!.click();
    await waitUntil(() => panel().textContent!.includes("这是最后一位管理员"), "the last admin was demoted");
  });

  it("makes a key shown once and revokes it", async () => {
    const { page, panel } = await settings("API 密钥");
    type(panel(), "用途", "社区网站导入活动");
    press(panel(), "开设密钥");
    await waitUntil(() => panel().querySelector(".secret__value"), "no key shown");
    const key = panel().querySelector(".secret__value")!.textContent!;
    expect(key).to.match(/^ck_[0-9a-f]{12}_/);
    expect((await fetch(`${testApi()}/v1/communities/taihe/api-keys`, { headers: { Authorization: `Bearer ${key}` } })).status).to.equal(200);
    await expect(page.element).to.be.accessible();
    await waitUntil(() => panel().textContent!.includes("没用过") || panel().textContent!.includes("社区网站导入活动"), "not listed");
    const row = [...panel().querySelectorAll("tbody tr")].find((candidate) => candidate.textContent!.includes("社区网站导入活动"))!;
    (row.querySelector("button") as HTMLButtonElement).click();
    await waitUntil(() => panel().textContent!.includes("已停用“社区网站导入活动”的密钥。"), "not revoked");
    expect((await fetch(`${testApi()}/v1/communities/taihe/api-keys`, { headers: { Authorization: `Bearer ${key}` } })).status).to.equal(401);
  });

  it("reads the audit log a page at a time, latest first", async () => {
    const made = await fetch(`${testApi()}/v1/communities/taihe/api-keys`, {
      method: "POST",
      headers: { Authorization: `Bearer ${testKey()}`, "Content-Type": "application/json" },
      body: JSON.stringify({ label: "翻页测试" }),
    });
    const { secret } = await made.json();
    for (let read = 0; read < 55; read++) {
      const answer = await fetch(`${testApi()}/v1/communities/taihe/api-keys`, { headers: { Authorization: `Bearer ${secret}` }, cache: "no-store" });
      expect(answer.status).to.equal(200);
    }

    const { page, panel } = await settings("操作记录");
    const rows = () => [...panel().querySelectorAll("tbody tr")].map((row) => row.textContent!.replace(/\s+/g, " ").trim());
    expect(rows()).to.have.length(50);
    expect(panel().querySelector(".pages__position")!.textContent).to.equal("第 1 页");
    const firstPage = rows();
    const previous = panel().querySelector<HTMLButtonElement>(".pages button")!;
    expect(previous.getAttribute("aria-disabled")).to.equal("true");
    press(panel(), "下一页");
    await waitUntil(() => panel().querySelector(".pages__position")?.textContent === "第 2 页", "the next page did not open", { timeout: 8000 });
    await waitUntil(() => rows()[0] !== firstPage[0], "the page still shows the latest entries");
    // The 55 reads began before the page's latest 50 entries: the older of them go on here.
    expect(rows()[0]).to.contain("翻页测试");
    await expect(page.element).to.be.accessible();
    press(panel(), "上一页");
    await waitUntil(() => panel().querySelector(".pages__position")?.textContent === "第 1 页", "the page before did not open", { timeout: 8000 });
    // Read again, latest first: the reads of the log just made lead it.
    await waitUntil(() => rows()[0]?.includes("GET /v1/communities/taihe/audit-log") && !rows()[0]!.includes("翻页测试"), "the latest entries are not shown");
  });

  it("sets the privacy notice and the sites residents write from, naming what is wrong", async () => {
    const { page, panel } = await settings("隐私与网站");
    const before = await (await fetch(`${testApi()}/v1/communities/taihe`, { cache: "no-store" })).json();
    const originsBefore = (panel().querySelector("#origins-list") as HTMLTextAreaElement).value;
    try {
      type(panel(), "活动或预约结束后保留几天", "0");
      press(panel().querySelector("#privacy")!, "保存");
      await waitUntil(() => panel().querySelector("#privacy .error-summary"), "a retention of 0 days was taken");
      expect(panel().querySelector("#privacy .error-summary")!.textContent).to.contain("请填 1 到 3650 之间的整数");
      await expect(page.element).to.be.accessible();
      type(panel(), "活动或预约结束后保留几天", "60");
      press(panel().querySelector("#privacy")!, "保存");
      await waitUntil(() => panel().textContent!.includes("已保存隐私说明。"), "not saved");
      expect((await (await fetch(`${testApi()}/v1/communities/taihe`, { cache: "no-store" })).json()).privacy.retentionDays).to.equal(60);

      type(panel(), "网站", `${originsBefore}\nwww.taihe.gov.cn/huodong`);
      press(panel().querySelector(".origins")!, "保存");
      await waitUntil(() => panel().textContent!.includes("“www.taihe.gov.cn/huodong”不是网站地址"), "a path was taken as an origin");
      type(panel(), "网站", `${originsBefore}\nhttps://www.taihe.gov.cn`);
      press(panel().querySelector(".origins")!, "保存");
      await waitUntil(() => panel().textContent!.includes("已保存可提交的网站。"), "the sites were not saved");
      expect((panel().querySelector("#origins-list") as HTMLTextAreaElement).value.split("\n")).to.include("https://www.taihe.gov.cn");
    } finally {
      // Other tests write from this page's origin and read this notice: put them back.
      const json = { "Content-Type": "application/json" };
      await fetch(`${location.origin}/console-api/v1/communities/taihe/privacy`, { method: "PUT", headers: json, body: JSON.stringify(before.privacy) });
      await fetch(`${location.origin}/console-api/v1/communities/taihe/write-origins`, {
        method: "PUT",
        headers: json,
        body: JSON.stringify({ origins: originsBefore.split("\n").filter(Boolean) }),
      });
    }
  });

  it("sets where notices go: the gateway's address must be https and a new one needs its secret; secrets held stay and are never shown", async () => {
    const { page, panel } = await settings("通知渠道");
    const field = (id: string) => panel().querySelector<HTMLInputElement>(`#channels-${id}`)!;
    expect([field("webhookUrl").value, field("webhookSecret").value, field("smtpHost").value]).to.deep.equal(["http://127.0.0.1:9/notices", "", "127.0.0.1"]);
    expect(panel().textContent).to.contain("已设置；不填则保持不变。");
    expect(panel().textContent).not.to.contain("component-tests-share-this-secret-0001");

    type(panel(), "网关地址", "http://sms.taihe.gov.cn/notices");
    type(panel(), "端口", "99999");
    press(panel(), "保存");
    await waitUntil(() => panel().querySelector(".error-summary"), "nothing said to be wrong");
    expect(panel().querySelector("#channels-webhookUrl-error")?.textContent).to.contain("网关地址须以 https:// 开头");
    expect(panel().querySelector("#channels-smtpPort-error")?.textContent).to.contain("请填 1 到 65535 之间的端口号");
    await expect(page.element).to.be.accessible();

    type(panel(), "网关地址", "https://sms.taihe.gov.cn/notices");
    type(panel(), "端口", "25");
    press(panel(), "保存");
    await waitUntil(() => panel().querySelector("#channels-webhookSecret-error"), "a new address was taken without its secret");
    expect(panel().querySelector("#channels-webhookSecret-error")!.textContent).to.contain("请填写至少 32 个字符的签名密钥");

    // Back to the address held: saved with the secret it has, as it was.
    type(panel(), "网关地址", "http://127.0.0.1:9/notices");
    press(panel(), "保存");
    await waitUntil(() => panel().textContent!.includes("已保存通知渠道。"), "not saved");
    const community = await (await fetch(`${testApi()}/v1/communities/taihe`)).json();
    expect(community.notices).to.deep.equal(["sms", "email"]);
  });

  it("writes the community's own notice wording language by language, names a place it cannot fill in and a rejection without its reason, and keeps the channels", async () => {
    const { page, panel } = await settings("通知措辞");
    expect(panel().querySelector("#wording-approved-hint")!.textContent).to.equal("不填则用：【{community}】您预约的{title}（{when}）已通过审核。");

    type(panel(), "语言", "en");
    await page.settle();
    expect(panel().querySelector("#wording-approved-hint")!.textContent).to.equal("不填则用：{community}: your booking of {title} ({when}) is approved.");
    type(panel(), "预约通过审核", "{community}: {name}, your booking of {title} ({when}) is approved.");
    type(panel(), "预约未通过审核", "{community}: sorry, your booking of {title} ({when}) was not approved.");
    type(panel(), "语言", "zh-CN");
    await page.settle();
    press(panel(), "保存");
    await waitUntil(() => panel().querySelector(".error-summary"), "nothing said to be wrong");
    expect(panel().querySelector<HTMLSelectElement>("#wording-language")!.value, "the language at fault is shown").to.equal("en");
    expect(panel().querySelector("#wording-approved-error")!.textContent).to.contain("{name} 无法替换");
    expect(panel().querySelector("#wording-rejected-error")!.textContent).to.contain("请写上 {reason}");
    await expect(page.element).to.be.accessible();

    type(panel(), "预约通过审核", "{community}: good news, your booking of {title} ({when}) is approved.");
    type(panel(), "预约未通过审核", "{community}: sorry, your booking of {title} ({when}) was not approved: {reason}");
    press(panel(), "保存");
    await waitUntil(() => panel().textContent!.includes("已保存通知措辞。"), "not saved");
    const channels = async () =>
      (await (await fetch(`${testApi()}/v1/communities/taihe/notice-channels`, { headers: { Authorization: `Bearer ${testKey()}` } })).json()) as {
        webhook: { url: string };
        templates?: Record<string, Record<string, string>>;
      };
    const saved = await channels();
    expect(saved.templates).to.deep.equal({
      en: {
        approved: "{community}: good news, your booking of {title} ({when}) is approved.",
        rejected: "{community}: sorry, your booking of {title} ({when}) was not approved: {reason}",
      },
    });
    expect(saved.webhook.url, "the channels as they were").to.equal("http://127.0.0.1:9/notices");

    // Emptied, the kit's wording is back.
    type(panel(), "预约通过审核", "");
    type(panel(), "预约未通过审核", "");
    press(panel(), "保存");
    await waitUntil(async () => JSON.stringify((await channels()).templates) === "{}", "the wording was not emptied");
  });
});
