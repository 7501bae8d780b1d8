import { expect } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { forgetSavedAnswers } from "../../ui/test/saved-answers.js";
import { CalendarPage, testApi } from "./calendar-page.js";

failOnUncaughtErrors();

/** IndexedDB that never opens: a slow phone making the database on a first visit, drawn out for ever. */
function stallIndexedDb(): () => void {
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
  return () => {
    IDBFactory.prototype.open = open;
  };
}

// A file of its own: the page's client for an API, made by its first calendar, keeps the cache it was made with.
describe("<community-events> on a first visit", () => {
  it("asks for its month without waiting for the device's storage to open, and shows it", async () => {
    await forgetSavedAnswers();
    const restore = stallIndexedDb();
    try {
      const page = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: "2026-06-19" });
      expect(page.root.querySelector('[role="alert"]')).to.be.null;
      expect(page.eventsIn("2026-06-19")).to.include("浓情端午包粽子");
    } finally {
      restore();
    }
  });
});
