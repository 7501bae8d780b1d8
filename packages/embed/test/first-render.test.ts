import { expect } from "@open-wc/testing";
import "@community-kit/events/define";
import "@community-kit/partner-map/define";
import "@community-kit/rooms/define";
import "@community-kit/volunteers/define";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { testApi } from "../../ui/test/widget-page.js";

failOnUncaughtErrors();

const TAGS = ["community-events", "community-room-booking", "community-volunteer-signup", "community-partner-map"];
const task = () => new Promise((resolve) => setTimeout(resolve));

// Issue 20: a page that defines its widgets (the module's evaluation upgrades every tag) does not also
// draw them in that task; on a phone, one long task there blocks a tap for its whole length.
describe("a widget's first render", () => {
  for (const tag of TAGS) {
    it(`${tag}: comes in a task after the one that put it on the page, then at once`, async () => {
      const element = document.createElement(tag) as HTMLElement & { hasUpdated: boolean };
      element.setAttribute("api", testApi());
      element.setAttribute("community", "taihe");
      document.body.append(element);
      try {
        // Every microtask of this task: Lit would have drawn by now.
        for (let turn = 0; turn < 20; turn++) await Promise.resolve();
        expect(element.hasUpdated).to.equal(false);
        expect(element.shadowRoot!.childElementCount).to.equal(0);
        await task();
        await task();
        expect(element.hasUpdated).to.equal(true);
        expect(element.shadowRoot!.childElementCount).to.be.greaterThan(0);
      } finally {
        element.remove();
      }
    });
  }
});
