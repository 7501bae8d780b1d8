import { expect } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { CalendarPage } from "./calendar-page.js";

failOnUncaughtErrors();

/**
 * Issue 20: the first Intl object a page makes loads ICU's locale data, 30–120 ms
 * on a phone before the month can show. A month in zh-CN or zh-TW makes none:
 * its dates are written out (ui/test/chinese-dates.test.ts holds them to Intl).
 * Each locale is asked once in this file, so that no formatter kept from an
 * earlier render could hide one made.
 */
function intlObjectsMadeDuring(render: () => Promise<unknown>): Promise<string[]> {
  const made: string[] = [];
  /** Notes the call and goes on to what it made. */
  const noting = <T>(call: string, result: () => T): T => {
    made.push(call);
    return result();
  };
  const { DateTimeFormat, Locale, getCanonicalLocales } = Intl;
  Object.assign(Intl, {
    DateTimeFormat: new Proxy(DateTimeFormat, {
      construct: (target, args) => noting(`DateTimeFormat(${args[0]})`, () => new target(...(args as []))),
      apply: (target, self, args) => noting(`DateTimeFormat(${args[0]})`, () => Reflect.apply(target, self, args)),
    }),
    Locale: new Proxy(Locale, { construct: (target, args) => noting(`Locale(${args[0]})`, () => new target(...(args as [string]))) }),
    getCanonicalLocales: (tags: string | string[]) => noting(`getCanonicalLocales(${tags})`, () => getCanonicalLocales(tags)),
  });
  return render()
    .then(() => made)
    .finally(() => Object.assign(Intl, { DateTimeFormat, Locale, getCanonicalLocales }));
}

const events = [
  { id: "calligraphy", title: "书法课堂", start: "2026-06-16T09:00:00+08:00" },
  { id: "clinic", title: "公益义诊", start: "2026-06-24T14:30:00+08:00", end: "2026-06-24T16:30:00+08:00" },
  { id: "festival", title: "幸福邻里节", start: "2026-06-20", end: "2026-06-23", allDay: true },
];

describe("a month in Chinese on a cold page", () => {
  for (const [locale, timezone, clock] of [
    ["zh-CN", "Asia/Shanghai", "14:30"],
    ["zh-TW", "Asia/Taipei", "下午02:30"],
  ] as const) {
    it(`${locale}: shows its month, lunar dates and times without making an Intl object`, async () => {
      const made = await intlObjectsMadeDuring(async () => {
        const page = await CalendarPage.withEvents(events, { locale, timezone, date: "2026-06-18" });
        await page.lunarCalendarShown();
        expect(page.title()).to.equal("2026年6月");
        expect(page.eventButton("公益义诊").querySelector(".event__time")!.textContent).to.equal(clock);
      });
      expect(made).to.deep.equal([]);
    });
  }
});
