import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { CONSOLE_API, ConsolePage, STAFF } from "./console-page.js";

failOnUncaughtErrors();

/** A member made by the admin, with the one-time password the answer shows once. */
async function newMember(name: string, role: "editor" | "coordinator") {
  const json = { "Content-Type": "application/json" };
  await fetch(`${CONSOLE_API}/v1/staff/session`, { method: "POST", headers: json, body: JSON.stringify({ community: "taihe", ...STAFF.admin }) });
  const made = await fetch(`${CONSOLE_API}/v1/communities/taihe/staff`, { method: "POST", headers: json, body: JSON.stringify({ name, role }) });
  expect(made.status).to.equal(201);
  await fetch(`${CONSOLE_API}/v1/staff/session`, { method: "DELETE" });
  return { name, password: ((await made.json()) as { password: string }).password };
}

describe("<community-admin> signing in", () => {
  it("names each empty field, and says a wrong password without saying whether the account exists; what was typed stays", async () => {
    const page = await ConsolePage.open();
    expect(page.field("社区编号").value).to.equal("taihe");
    await page.click("登录");
    const summary = page.root.querySelector<HTMLElement>(".error-summary")!;
    await waitUntil(() => page.root.activeElement === summary, "the summary did not take focus");
    expect([...summary.querySelectorAll("a")].map((link) => link.textContent!.trim())).to.deep.equal(["请填写姓名", "请填写密码"]);
    expect(page.field("姓名").getAttribute("aria-invalid")).to.equal("true");
    await expect(page.element).to.be.accessible();

    for (const name of [STAFF.editor.name, "没有这个人"]) {
      await page.signIn({ name, password: "not-the-password" });
      await waitUntil(() => page.text().includes("姓名或密码不对，或这个账号已停用。"), `no refusal for ${name}`);
      expect(page.field("姓名").value).to.equal(name);
      expect(page.root.querySelector(".console__header") === null, "shown").to.equal(true);
    }
  });

  it("signs an editor in to the sections the role allows, and out again", async () => {
    const page = await ConsolePage.open();
    await page.signIn(STAFF.editor);
    await page.screenReady();
    expect(page.root.querySelector(".console__who")!.textContent).to.equal("李娜（编辑）");
    expect([...page.root.querySelectorAll("nav a")].map((link) => [link.textContent, link.getAttribute("aria-current")])).to.deep.equal([
      ["活动", "page"],
      ["场地", null],
      ["合作单位", null],
      ["节假日", null],
    ]);
    expect(page.button("新建活动")).to.exist;
    await expect(page.element).to.be.accessible();

    await page.click("退出登录");
    await waitUntil(() => page.text().includes("您已退出登录。"), "not signed out");
    // The cookie is gone with the session: a new console starts signed out.
    const again = await ConsolePage.open();
    expect(again.root.querySelector("form#sign-in")).to.exist;
  });

  it("keeps a coordinator's events to who registered: nothing to create, change or call off", async () => {
    const page = await ConsolePage.open();
    await page.signIn(STAFF.coordinator);
    await page.screenReady();
    expect(page.root.querySelector(".console__who")!.textContent).to.equal("张伟（协调员）");
    expect(() => page.button("新建活动")).to.throw();
    const buttons = [...page.screen!.querySelectorAll("td .actions button")];
    const hidden = (button: Element) => button.querySelector(".visually-hidden")!.textContent!;
    expect([...new Set(buttons.map((button) => button.textContent!.replace(hidden(button), "").trim()))]).to.deep.equal(["报名名单"]);
    // Each says, to a screen reader, which event it opens.
    for (const button of buttons) expect(hidden(button)).to.contain(button.closest("tr")!.querySelector("th")!.firstChild!.textContent!.trim());
  });

  it("asks for a password of one's own after a one-time password, before anything else", async () => {
    const member = await newMember("赵敏", "editor");
    const page = await ConsolePage.open();
    await page.signIn(member);
    await waitUntil(() => page.text().includes("请设置您自己的密码"), "no password change asked");
    expect(page.root.querySelector("nav") === null, "shown").to.equal(true);
    await expect(page.element).to.be.accessible();

    await page.fill("现在的密码", member.password);
    await page.fill("新密码", "短密码");
    await page.fill("再输入一次新密码", "短密码");
    await page.click("保存新密码");
    await waitUntil(() => page.text().includes("新密码至少 12 个字符"), "a short password was not refused");

    await page.fill("新密码", "社区的桂花树每年九月开花");
    await page.fill("再输入一次新密码", "社区的桂花树每年十月开花");
    await page.click("保存新密码");
    await waitUntil(() => page.text().includes("两次输入的新密码不一样"), "a different repeat was not refused");

    await page.fill("再输入一次新密码", "社区的桂花树每年九月开花");
    await page.click("保存新密码");
    await page.screenReady();
    expect(page.root.querySelector(".console__who")!.textContent).to.equal("赵敏（编辑）");
  });

  it("speaks Traditional Chinese and English, and switches from its header", async () => {
    const traditional = await ConsolePage.open('locale="zh-Hant"');
    await waitUntil(() => traditional.text().includes("工作人員登入"), "not in Traditional Chinese");
    expect(traditional.field("社區編號").value).to.equal("taihe");
    await expect(traditional.element).to.be.accessible();

    await traditional.click("English");
    await waitUntil(() => traditional.text().includes("Staff sign-in"), "the switch to English did not take");
    await traditional.fill("Name", STAFF.editor.name);
    await traditional.fill("Password", STAFF.editor.password);
    await traditional.click("Sign in");
    await traditional.screenReady();
    await waitUntil(() => traditional.text().includes("New event"), "the events screen is not in English");
    expect(traditional.root.querySelector(".console__who")!.textContent).to.equal("李娜 (editor)");
  });
});
