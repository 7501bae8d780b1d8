import { expect, fixture, waitUntil } from "@open-wc/testing";
import type { CommunityEvents } from "../src/index.js";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { forgetSavedAnswers } from "../../ui/test/saved-answers.js";
import { CalendarPage, testApi } from "./calendar-page.js";

failOnUncaughtErrors();

// A file of its own: the page's client for an API, made by its first calendar, keeps the fetch it was made with.
describe("<community-events> asking the API", () => {
  it("asks for the month's events while the community is on its way, and shows them on their days once it has come", async () => {
    await forgetSavedAnswers();
    const fetchOfThePage = window.fetch;
    const asked: string[] = [];
    let answerCommunity = () => {};
    const communityHeld = new Promise<void>((resolve) => {
      answerCommunity = resolve;
    });
    window.fetch = async (input, init) => {
      const { pathname } = new URL(input instanceof Request ? input.url : String(input), location.href);
      asked.push(pathname);
      // A phone's link: the community's answer is slow to come.
      if (pathname.endsWith("/communities/taihe")) await communityHeld;
      return fetchOfThePage(input, init);
    };
    try {
      const element = await fixture<CommunityEvents>(
        `<community-events style="width: 900px" api="${testApi()}" community="taihe" date="2026-06-19"></community-events>`,
      );
      await waitUntil(() => asked.some((path) => path.endsWith("/communities/taihe/events")), "the events were asked for only after the community had come");
      const page = new CalendarPage(element);
      // Still loading: nothing is put on a day before the zone the days are read in is known.
      expect(page.root.querySelector('[aria-busy="true"]')).to.exist;
      expect(page.root.querySelectorAll(".event")).to.have.length(0);
      answerCommunity();
      await page.settled();
      expect(page.eventsIn("2026-06-19")).to.include("浓情端午包粽子");
      expect(asked.filter((path) => path.endsWith("/communities/taihe/events"))).to.have.length(1);
    } finally {
      answerCommunity();
      window.fetch = fetchOfThePage;
    }
  });
});
