import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { CommunityEvents } from "../src/index.js";
import { eventToIcs } from "../src/index.js";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { CalendarPage } from "./calendar-page.js";
import { toldWebTeam } from "../../ui/test/web-team.js";

failOnUncaughtErrors();

describe("the host page is never broken", () => {
  it("tolerates its bundle being loaded twice", async () => {
    await import("../src/define.js");
    const { CommunityEvents } = await import("../src/community-events.js");
    class Copy extends CommunityEvents {}
    // What a second copy of the bundle does: define only if nothing holds the name.
    expect(() => {
      if (!customElements.get("community-events")) customElements.define("community-events", Copy);
    }).not.to.throw();
    expect(customElements.get("community-events")).to.equal(CommunityEvents);
  });

  it("tells the web team, not residents, of attributes it cannot use, and shows the month meanwhile", async () => {
    let page!: CalendarPage;
    const told = await toldWebTeam(async () => {
      page = await CalendarPage.withEvents([], { view: "year", date: "2026-13-01", timezone: "Mars/Olympus" });
    });
    expect(told).to.deep.equal([
      "不支持的视图“year”，已显示月视图（可用：month、week、day、list）。",
      "日期“2026-13-01”无效，已显示本月（格式：2026-06-19）。",
      "时区“Mars/Olympus”无效，已使用社区的时区。",
    ]);
    expect(page.notices()).to.deep.equal([]);
    expect(page.root.querySelector(".month")).to.exist;
    await expect(page.element).to.be.accessible();
  });

  it("shows the valid events of bad data and tells the web team how many it left out", async () => {
    let page!: CalendarPage;
    const told = await toldWebTeam(async () => {
      page = await CalendarPage.withEvents(
        [
          { id: "ok", title: "读书会", start: "2026-06-18T14:30:00+08:00" },
          { id: "no-start", title: "没有时间" } as never,
          { id: "bad-start", title: "坏时间", start: "next tuesday" },
          { id: "backwards", title: "倒着", start: "2026-06-18T10:00:00+08:00", end: "2026-06-18T09:00:00+08:00" },
          null as never,
        ],
        { timezone: "Asia/Shanghai", date: "2026-06-18", locale: "en" },
      );
    });
    expect(page.eventsIn("2026-06-18")).to.deep.equal(["读书会"]);
    expect(told).to.deep.equal(["4 events had invalid data and are not shown."]);
  });

  it("turns a failure while rendering into its own error state", async () => {
    const element = await fixture<CommunityEvents>(html`<community-events timezone="Asia/Shanghai"></community-events>`);
    const hostile = new Proxy([], {
      get(target, key) {
        if (key === Symbol.iterator) throw new Error("a hostile iterable");
        return Reflect.get(target, key);
      },
    });
    const consoleError = console.error;
    console.error = () => {};
    try {
      element.events = hostile as never;
      await waitUntil(() => element.shadowRoot!.querySelector('[role="alert"]'), "no error state");
    } finally {
      console.error = consoleError;
    }
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain("页面的其他部分不受影响");
    await expect(element).to.be.accessible();
    element.events = [{ id: "a", title: "读书会", start: "2026-06-18T14:30:00+08:00" }];
    (element.shadowRoot!.querySelector('[part~="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => element.shadowRoot!.querySelector(".month"), "did not recover");
  });

  it("never runs script from an HTML description", async () => {
    const win = window as unknown as { hacked?: number };
    const page = await CalendarPage.withEvents(
      [
        {
          id: "xss",
          title: "讲座",
          start: "2026-06-18T10:00:00+08:00",
          description:
            '<p>欢迎<strong>参加</strong></p><img src="x" onerror="window.hacked=1"><script>window.hacked=2</script><a href="javascript:window.hacked=3">链接</a>',
        },
      ],
      { timezone: "Asia/Shanghai", date: "2026-06-18" },
    );
    page.eventButton("讲座").click();
    const dialog = await page.waitForDialog();
    await waitUntil(() => dialog.querySelector(".dialog__description strong"), "the description did not render");
    await page.pause(100);
    expect(win.hacked).to.be.undefined;
    expect(dialog.querySelector("script")).to.be.null;
    expect(dialog.querySelector("img")?.getAttribute("onerror") ?? null).to.be.null;
    expect(dialog.querySelector(".dialog__description a")?.getAttribute("href") ?? null).to.be.null;
    dialog.close();
  });

  it("keeps of an HTML description only its text's structure: no style, form controls, media or images", async () => {
    const fakeNotice =
      '<div style="position:fixed;inset:0;z-index:99999;background:#c00"><h2>系统通知</h2><a href="https://evil.example/login" style="font-size:40px">立即重新登记</a></div>' +
      '<button>确定</button><input value="手机号"><video src="x.mp4"></video><details open><summary>更多</summary>隐藏</details><img src="https://evil.example/pixel.png">' +
      '<p>欢迎<strong>参加</strong>，<em>请带</em>毛笔。</p><ul><li>报名：<a href="tel:010-65526600">电话</a></li><li><a href="mailto:office@taihe.example.cn">邮件</a></li><li><a href="data:text/html,x">数据</a></li></ul><blockquote>书法协会</blockquote>';
    const page = await CalendarPage.withEvents([{ id: "notice", title: "讲座", start: "2026-06-18T10:00:00+08:00", description: fakeNotice }], {
      timezone: "Asia/Shanghai",
      date: "2026-06-18",
    });
    page.eventButton("讲座").click();
    const dialog = await page.waitForDialog();
    const description = await waitUntil(
      () => dialog.querySelector(".dialog__description:not(.dialog__description--text)"),
      "the description did not render",
    ).then(() => dialog.querySelector(".dialog__description")!);
    expect(description.querySelectorAll("[style], button, input, video, details, summary, img, div")).to.have.length(0);
    expect([...description.querySelectorAll("strong, em, ul, li, h2, blockquote")].map((node) => node.tagName)).to.include.members([
      "STRONG",
      "EM",
      "UL",
      "LI",
      "H2",
      "BLOCKQUOTE",
    ]);
    const links = [...description.querySelectorAll("a")];
    expect(links.map((link) => link.getAttribute("href"))).to.deep.equal([
      "https://evil.example/login",
      "tel:010-65526600",
      "mailto:office@taihe.example.cn",
      null,
    ]);
    expect(links.filter((link) => link.hasAttribute("href")).every((link) => link.target === "_blank" && link.rel === "noopener noreferrer")).to.be.true;
    // Whatever it says, it stays inside the dialog's flow.
    expect(getComputedStyle(description.querySelector("h2")!).position).to.equal("static");
    dialog.close();
  });

  it("shows a description with character references but no tags as text, decoded", async () => {
    const page = await CalendarPage.withEvents(
      [{ id: "talk", title: "讲座", start: "2026-06-18T10:00:00+08:00", description: "上午&nbsp;9点 &mdash; 讲座 &amp; 答疑\n地点：多功能室" }],
      { timezone: "Asia/Shanghai", date: "2026-06-18" },
    );
    page.eventButton("讲座").click();
    const dialog = await page.waitForDialog();
    const description = dialog.querySelector(".dialog__description--text")!;
    expect(description.textContent).to.equal("上午\u00a09点 — 讲座 & 答疑\n地点：多功能室");
    dialog.close();
  });

  it("keeps the host page's CSS out and its own in", async () => {
    const style = document.createElement("style");
    style.textContent = "button { background: rgb(255, 105, 180) !important; font-size: 40px; } .month { display: none; }";
    document.head.append(style);
    try {
      const page = await CalendarPage.withEvents([], { timezone: "Asia/Shanghai", date: "2026-06-18" });
      expect(getComputedStyle(page.button("今天")).backgroundColor).not.to.equal("rgb(255, 105, 180)");
      expect(getComputedStyle(page.root.querySelector(".month")!).display).to.equal("grid");
      expect(document.querySelectorAll(".month")).to.have.length(0);
    } finally {
      style.remove();
    }
  });
});

describe("theming", () => {
  it("carries a host page's --ck-* values into the event dialog", async () => {
    const page = await CalendarPage.withEvents([{ id: "a", title: "读书会", start: "2026-06-18T14:30:00+08:00" }], {
      timezone: "Asia/Shanghai",
      date: "2026-06-18",
      style: "width: 900px; --ck-color-border: rgb(166, 27, 27)",
    });
    page.eventButton("读书会").click();
    const dialog = await page.waitForDialog();
    const when = dialog.querySelector<HTMLElement>(".dialog__facts > div")!;
    expect(getComputedStyle(when).borderTopColor).to.equal("rgb(166, 27, 27)");
    dialog.close();
  });
});

describe("senior mode and printing", () => {
  it("makes type 1.25 times larger and targets at least 60 px, and stays accessible", async () => {
    const normal = await CalendarPage.withEvents([], { timezone: "Asia/Shanghai", date: "2026-06-18" });
    const senior = await CalendarPage.withEvents(
      [
        { id: "a", title: "书法课堂", start: "2026-06-16T09:00:00+08:00", category: "class" },
        { id: "b", title: "公益义诊", start: "2026-06-13T08:30:00+08:00", category: "health" },
      ],
      { timezone: "Asia/Shanghai", date: "2026-06-18", senior: "" },
    );
    const size = (page: CalendarPage) => parseFloat(getComputedStyle(page.root.querySelector(".toolbar__nav button")!).fontSize);
    expect(size(senior) / size(normal)).to.be.at.least(1.25);
    const targets = senior.root.querySelectorAll<HTMLElement>(".toolbar button, .chip, input[type=search]");
    expect(targets.length).to.equal(3 + 4 + 3 + 1);
    for (const button of targets) {
      const box = button.getBoundingClientRect();
      expect(Math.min(box.width, box.height), button.textContent!).to.be.at.least(60);
    }
    await expect(senior.element).to.be.accessible();
  });

  it("prints every event of a busy day instead of '+N more'", async () => {
    const busy = Array.from({ length: 6 }, (_, index) => ({ id: `b${index}`, title: `活动 ${index}`, start: `2026-06-10T0${index + 1}:00:00+08:00` }));
    const page = await CalendarPage.withEvents(busy, { timezone: "Asia/Shanghai", date: "2026-06-10" });
    expect(page.eventsIn("2026-06-10")).to.have.length(3);
    window.dispatchEvent(new Event("beforeprint"));
    await page.element.updateComplete;
    expect(page.eventsIn("2026-06-10")).to.have.length(6);
    expect(page.cell("2026-06-10").querySelector(".day__more")).to.be.null;
    const lastEvent = page.eventButton("活动 5").getBoundingClientRect();
    expect(lastEvent.bottom).to.be.at.most(page.cell("2026-06-10").getBoundingClientRect().bottom + 1);
    window.dispatchEvent(new Event("afterprint"));
    await page.element.updateComplete;
    expect(page.eventsIn("2026-06-10")).to.have.length(3);
  });
});

describe("the event dialog on a phone and in senior mode", () => {
  const zongzi = {
    id: "zongzi",
    title: "浓情端午包粽子",
    start: "2026-06-19T09:30:00+08:00",
    end: "2026-06-19T12:00:00+08:00",
    location: "太和社区党群服务中心多功能室",
  };

  async function openIn(timezone: string, attributes: Record<string, string> = {}) {
    const page = await CalendarPage.withEvents([zongzi], { timezone, date: "2026-06-19", ...attributes });
    page.eventButton("浓情端午包粽子").click();
    return { page, dialog: await page.waitForDialog() };
  }

  it("says the zone only to a reader whose clock reads otherwise, and offers the phone's calendar as a plain button", async () => {
    const reader = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const { page, dialog } = await openIn(reader);
    expect(dialog.querySelector('[part~="time-zone"]'), "the reader's own zone is said").to.be.null;
    const add = dialog.querySelector<HTMLButtonElement>('[part~="add-to-calendar"]')!;
    expect(add.textContent!.trim()).to.equal("加入手机日历");
    expect(add.classList.contains("button--primary")).to.equal(false);
    page.dialog()!.close();
    // Kiritimati is 14 hours ahead of UTC: no reader's machine in these tests is there.
    const elsewhere = await openIn(reader === "Pacific/Kiritimati" ? "Asia/Shanghai" : "Pacific/Kiritimati");
    expect(elsewhere.dialog.querySelector('[part~="time-zone"]')!.textContent).to.match(/^时间为/);
    elsewhere.page.dialog()!.close();
  });

  it("puts each label above its value in senior mode, so that a long place is never broken mid-word", async () => {
    const { page, dialog } = await openIn("Asia/Shanghai", { senior: "" });
    const row = [...dialog.querySelectorAll(".dialog__facts > div")].find((candidate) => candidate.textContent!.includes("多功能室"))!;
    const label = row.querySelector("dt")!.getBoundingClientRect();
    const value = row.querySelector("dd")!.getBoundingClientRect();
    expect(value.top).to.be.at.least(label.bottom - 1);
    expect(Math.round(value.left)).to.equal(Math.round(label.left));
    page.dialog()!.close();
  });
});

describe("Add to calendar", () => {
  it("downloads an .ics that calendar apps read", async () => {
    const page = await CalendarPage.withEvents(
      [{ id: "zongzi", title: "浓情端午包粽子, 送给长者", start: "2026-06-19T09:30:00+08:00", end: "2026-06-19T12:00:00+08:00", location: "多功能室" }],
      { timezone: "Asia/Shanghai", date: "2026-06-19" },
    );
    const downloads: Array<{ name: string; text: Promise<string> }> = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) downloads.push({ name: this.download, text: fetch(this.href).then((response) => response.text()) });
    };
    try {
      page.eventButton("浓情端午包粽子, 送给长者").click();
      const dialog = await page.waitForDialog();
      dialog.querySelector<HTMLButtonElement>('[part~="add-to-calendar"]')!.click();
      await waitUntil(() => downloads.length === 1, "nothing was downloaded");
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloads[0]!.name).to.equal("浓情端午包粽子,-送给长者.ics");
    const text = await downloads[0]!.text;
    expect(text).to.contain("DTSTART:20260619T013000Z\r\n");
    expect(text).to.contain("DTEND:20260619T040000Z\r\n");
    expect(text).to.contain("SUMMARY:浓情端午包粽子\\, 送给长者\r\n");
    expect(text).to.contain("LOCATION:多功能室\r\n");
    page.dialog()!.close();
  });

  it("writes all-day events as dates and folds long lines without splitting a character", () => {
    const text = eventToIcs({
      id: "festival",
      title: "幸福邻里节".repeat(10),
      start: new Date("2026-06-17T16:00:00Z"),
      end: new Date("2026-06-20T16:00:00Z"),
      allDay: true,
      startDay: "2026-06-18",
      lastDay: "2026-06-20",
      startTime: 0,
      searchText: "",
    });
    expect(text).to.contain("DTSTART;VALUE=DATE:20260618\r\nDTEND;VALUE=DATE:20260621\r\n");
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(text).not.to.contain("\uFFFD");
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).to.contain(`SUMMARY:${"幸福邻里节".repeat(10)}\r\n`);
  });
});
