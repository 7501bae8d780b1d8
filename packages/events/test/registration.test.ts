import { expect, waitUntil } from "@open-wc/testing";
import { nextKitEvent } from "../../ui/test/kit-events.js";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { expectReceipt } from "../../ui/test/receipt.js";
import { testKey } from "../../ui/test/widget-page.js";
import { CalendarPage, testApi, upcomingEvents } from "./calendar-page.js";
import { RegistrationFormPage } from "./registration-form.js";

failOnUncaughtErrors();

async function openForm(index: number, locale = "zh-CN") {
  const event = upcomingEvents()[index]!;
  const calendar = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: event.day, locale });
  return { event, form: await RegistrationFormPage.open(calendar, event.title) };
}

describe("registering for an event", () => {
  it("offers the form with an unticked consent box beside the privacy notice", async () => {
    const { form } = await openForm(0);
    expect(form.field("consent").checked).to.be.false;
    expect(form.text()).to.contain("太和社区居民委员会收集您的姓名、手机号码和参加人数");
    expect(form.text()).to.contain("活动结束 30 天后删除");
    expect(form.text()).to.contain("还有 2 个名额");
    await expect(form.root.host).to.be.accessible();
  });

  it("says an event is over, with no places left and no form, once its end has passed while the page was open", async () => {
    const event = upcomingEvents()[0]!;
    const calendar = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: event.day });
    const aWeekLater = new Date(Date.parse(`${event.day}T12:00:00Z`) + 7 * 86_400_000);
    calendar.element.clock = { now: () => aWeekLater };
    await calendar.settled();
    calendar.eventButton(event.title).click();
    const dialog = await calendar.waitForDialog();
    expect(dialog.querySelector('[part~="event-over"]')?.textContent).to.equal("活动已结束");
    expect(dialog.textContent).not.to.contain("剩余");
    expect(dialog.querySelector("form")).to.equal(null);
    await expect(calendar.element).to.be.accessible();
  });

  it("puts the focus on a summary that links to each field at fault, with the message beside each", async () => {
    const { form } = await openForm(0);
    await form.submit();
    expect(form.focused()?.classList.contains("error-summary")).to.be.true;
    expect(form.summaryLinks()).to.deep.equal(["请输入姓名", "请输入正确的手机号码，例如 138 0013 8000", "请勾选同意后再提交"]);
    expect(form.errorBeside("name")).to.equal("错误：请输入姓名");
    expect(form.root.querySelector("#registration-name-error .visually-hidden")!.textContent).to.equal("错误：");
    expect(form.field("name").getAttribute("aria-invalid")).to.equal("true");
    expect(form.field("name").getAttribute("aria-describedby")).to.equal("registration-name-error");
    await expect(form.root.host).to.be.accessible();

    form.root.querySelectorAll<HTMLAnchorElement>(".error-summary a")[1]!.click();
    expect(form.focused()).to.equal(form.field("phone"));
  });

  it("keeps everything typed when a field is wrong", async () => {
    const { form } = await openForm(0);
    await form.type("name", "张三");
    await form.type("phone", "12345");
    await form.choosePartySize(2);
    await form.tickConsent();
    await form.submit();
    expect(form.summaryLinks()).to.deep.equal(["请输入正确的手机号码，例如 138 0013 8000"]);
    expect(form.field("name").value).to.equal("张三");
    expect(form.field("phone").value).to.equal("12345");
    expect((form.field("partySize") as unknown as HTMLSelectElement).value).to.equal("2");
    expect(form.field("consent").checked).to.be.true;
  });

  it("confirms with the phone masked and a short code to copy, and the places left drop", async () => {
    const { event, form } = await openForm(1);
    await form.type("name", "李四");
    await form.type("phone", "139 1234 5678");
    await form.tickConsent();
    setTimeout(() => void form.submit());
    // Typed from the event map: a registration's detail has its status, and no name or phone.
    const { detail } = await nextKitEvent(form.calendar.element, "ck-registration-created");
    const status: "confirmed" | "waitlisted" = detail.status;
    // @ts-expect-error -- a resident's phone is never in an event's detail
    expect(detail.phone).to.be.undefined;
    expect(status).to.equal("confirmed");
    expect(detail).to.deep.equal({ eventId: event.id, status: "confirmed", position: undefined, partySize: 1 });
    await waitUntil(() => form.root.querySelector(".registration--done"), "no confirmation");
    expect(form.focused()?.id).to.equal("registration-done-title");
    expect(form.text()).to.contain("报名成功");
    expect(form.text()).to.contain("139****5678");
    expect(form.text()).not.to.contain("13912345678");
    await expectReceipt(form.root, "我的报名");
    await waitUntil(() => form.text().includes("共 2 个，剩余 1 个"), "the places left did not drop");
    await expect(form.root.host).to.be.accessible();
  });

  it("puts a party that does not fit on the waitlist, with its place", async () => {
    const { form } = await openForm(2);
    await form.type("name", "王五");
    await form.type("phone", "13700001111");
    await form.tickConsent();
    await form.submit();
    await waitUntil(() => form.root.querySelector(".registration--done"));

    const again = await openForm(2);
    await again.form.type("name", "赵六");
    await again.form.type("phone", "13700002222");
    await again.form.choosePartySize(2);
    await again.form.tickConsent();
    await again.form.submit();
    await waitUntil(() => again.form.root.querySelector(".registration--done"));
    expect(again.form.text()).to.contain("已报名候补");
    expect(again.form.text()).to.contain("候补名单第 1 位");
  });

  it("names the phone when the server says it is already registered, in the page's language", async () => {
    const { form } = await openForm(1, "en");
    await form.type("name", "Li Si");
    await form.type("phone", "+86 139 1234 5678");
    await form.tickConsent();
    await form.submit();
    expect(form.summaryLinks()).to.deep.equal(["This number is already signed up for this event"]);
    expect(form.errorBeside("phone")).to.equal("Error:This number is already signed up for this event");
    expect(form.field("phone").value).to.equal("+86 139 1234 5678");
    expect(form.focused()?.classList.contains("error-summary")).to.be.true;
    await expect(form.root.host).to.be.accessible();
  });
});

describe("being told", () => {
  it("offers to tell the resident by the community's ways, takes an address only if she wants one, and sends the choice with her language", async () => {
    const { event, form } = await openForm(3, "zh-Hant");
    const label = form.root.querySelector('label[for="registration-notify"]')?.textContent?.trim();
    expect([label, form.field("notify").checked]).to.deep.equal(["報名變動、候補轉正和活動前的提醒透過簡訊或電子郵件告訴我", false]);
    expect(form.root.querySelector("#registration-email") === null, "an address asked for before she chose to be told").to.equal(true);
    await form.type("name", "林美玲");
    await form.type("phone", "139 1234 0301");
    await form.tick("notify");
    await form.type("email", "lin@");
    await form.tickConsent();
    await form.submit();
    expect(form.errorBeside("email")).to.contain("請輸入正確的電子郵件");
    expect(form.field("name").value, "what she typed was kept").to.equal("林美玲");
    await expect(form.root.host).to.be.accessible();

    await form.type("email", "lin@example.tw");
    setTimeout(() => void form.submit());
    const { detail } = await nextKitEvent(form.calendar.element, "ck-registration-created");
    expect(detail).to.deep.include({ eventId: event.id, status: "confirmed" });
    const answer = await fetch(`${testApi()}/v1/communities/taihe/notices?limit=200`, { headers: { Authorization: `Bearer ${testKey()}` } });
    // Hers: the console's tests tell another resident of the same event.
    const told = (await answer.json()).items.filter((notice: { recipient: string }) => ["139****0301", "l***@example.tw"].includes(notice.recipient));
    expect(told.map((notice: { channel: string; recipient: string }) => [notice.channel, notice.recipient]).sort()).to.deep.equal([
      ["email", "l***@example.tw"],
      ["webhook", "139****0301"],
    ]);
    expect(told[0].text).to.match(/^【太和社区】您已報名「手工编织（通知测试）」/);
  });
});

describe("my registrations", () => {
  it("remembers a registration on this device and cancels it in two steps, giving the places back", async () => {
    const { event, form } = await openForm(0);
    await form.type("name", "孙七");
    await form.type("phone", "13600000001");
    await form.tickConsent();
    await form.submit();
    const shortCode = await expectReceipt(form.root, "我的报名");
    form.calendar.dialog()!.close();

    const calendar = form.calendar;
    const mineButton = () => calendar.root.querySelector<HTMLButtonElement>('[part~="my-registrations"]');
    await waitUntil(() => mineButton(), "no “my registrations” button");
    expect(mineButton()!.textContent).to.match(/^我的报名（\d+）$/);
    expect(mineButton()!.getAttribute("aria-expanded")).to.equal("false");
    mineButton()!.click();
    await calendar.element.updateComplete;
    expect(mineButton()!.getAttribute("aria-expanded")).to.equal("true");
    const item = () => [...calendar.root.querySelectorAll<HTMLElement>(".mine__item")].find((entry) => entry.textContent!.includes(event.title));
    expect(item()!.textContent).to.contain("136****0001");
    expect(item()!.textContent).not.to.contain("孙七");
    expect(item()!.querySelector(".mine__code")!.textContent).to.equal(`取消码 ${shortCode}`);
    await expect(calendar.element).to.be.accessible();

    item()!.querySelector<HTMLButtonElement>('[part~="cancel-registration"]')!.click();
    await calendar.element.updateComplete;
    expect(item()!.textContent).to.contain("确定要取消这个报名吗");
    setTimeout(() => item()!.querySelector<HTMLButtonElement>('[part~="confirm-cancel"]')!.click());
    const { detail } = await nextKitEvent(calendar.element, "ck-registration-cancelled");
    expect(detail).to.deep.equal({ eventId: event.id });
    await waitUntil(() => !item(), "the registration is still listed");
    expect(calendar.root.querySelector(".mine__message")!.textContent).to.equal(`已取消“${event.title}”的报名。`);

    const reopened = await RegistrationFormPage.open(calendar, event.title);
    await waitUntil(() => reopened.text().includes("还有 2 个名额"), "the places did not come back");
  });
});

describe("my registrations, asked again", () => {
  /** An event of one place made for this test through the management API, like the first of the upcoming ones. */
  async function onePlaceEvent(title: string) {
    const model = await (await fetch(`${testApi()}/v1/communities/taihe/events/${upcomingEvents()[0]!.id}`, { cache: "no-store" })).json();
    const staff = { Authorization: `Bearer ${testKey()}`, "Content-Type": "application/json" };
    const made = await fetch(`${testApi()}/v1/communities/taihe/events`, {
      method: "POST",
      headers: staff,
      body: JSON.stringify({
        title,
        start: model.start,
        end: model.end,
        location: model.location,
        category: model.category,
        capacity: 1,
        registration: { open: true, maxPartySize: 2 },
      }),
    });
    expect(made.status).to.equal(201);
    const { id } = await made.json();
    const call = (method: string, path = "") => fetch(`${testApi()}/v1/communities/taihe/events/${id}${path}`, { method, headers: staff });
    return { id, day: upcomingEvents()[0]!.day, callOff: () => call("POST", "/cancel"), remove: () => call("DELETE") };
  }

  it("says a registration moved up from the waitlist, and an event called off, on the next visit", async () => {
    const title = "太极拳（候补测试）";
    const event = await onePlaceEvent(title);
    try {
      const first = await (
        await fetch(`${testApi()}/v1/communities/taihe/events/${event.id}/registrations`, {
          method: "POST",
          headers: { "Content-Type": "application/json", "Idempotency-Key": `moved-up-${event.id}` },
          body: JSON.stringify({ name: "钱八", phone: "13600000081", partySize: 1, consent: true }),
        })
      ).json();
      const calendar = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: event.day });
      const form = await RegistrationFormPage.open(calendar, title);
      await form.type("name", "孙九");
      await form.type("phone", "13600000082");
      await form.tickConsent();
      await form.submit();
      await waitUntil(() => form.text().includes("候补名单第 1 位"), "not waitlisted");

      // The place is given back elsewhere: on the next visit the list says the resident moved up.
      await fetch(`${testApi()}/v1/communities/taihe/events/${event.id}/registrations/${first.registrationId}`, {
        method: "DELETE",
        headers: { "Cancel-Token": first.cancelToken },
      });
      const item = (page: CalendarPage) => [...page.root.querySelectorAll<HTMLElement>(".mine__item")].find((entry) => entry.textContent!.includes(title));
      const open = async () => {
        const page = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: event.day });
        await waitUntil(() => page.root.querySelector('[part~="my-registrations"]'), "no “my registrations” button");
        page.root.querySelector<HTMLButtonElement>('[part~="my-registrations"]')!.click();
        return page;
      };
      const next = await open();
      await waitUntil(() => item(next)?.querySelector(".mine__status")?.textContent?.startsWith("已从候补转为正式 · "), "not shown as moved up", {
        timeout: 8000,
      });

      await event.callOff();
      const after = await open();
      await waitUntil(() => item(after)?.querySelector(".mine__status")?.textContent?.startsWith("活动已取消 · "), "not shown as called off", {
        timeout: 8000,
      });
      await expect(after.element).to.be.accessible();
    } finally {
      await event.remove();
    }
  });
});
