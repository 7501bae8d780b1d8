import { expect } from "@open-wc/testing";
import { emulateMedia } from "@web/test-runner-commands";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { VolunteerPage, addShift } from "./volunteer-page.js";

failOnUncaughtErrors();

/** Whether the browser drew `element` this frame: false while its day is off the screen and skipped. */
const drawn = (element: Element) => element.checkVisibility({ contentVisibilityAuto: true });

const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe("<community-volunteer-signup> with weeks of shifts", () => {
  afterEach(() => emulateMedia({ media: "screen" }));

  it("lays out the days a resident can see, each further one as she scrolls near it, and prints every day", async () => {
    for (let day = 1; day <= 24; day++) await addShift("clean-up-day", { daysAhead: day, hour: 9, capacity: 6 });
    const page = await VolunteerPage.open();
    // As on a phone, a day's shifts one under another: the list is many screens long.
    page.element.style.width = "360px";
    await nextFrames();
    const days = [...page.root.querySelectorAll(".day")];
    const lastShift = days.at(-1)!.querySelector(".shift")!;
    expect(days[0]!.getBoundingClientRect().top).to.be.below(innerHeight);
    expect(days.at(-1)!.getBoundingClientRect().top, "the test needs a list longer than three screens").to.be.above(3 * innerHeight);
    expect(drawn(days[0]!.querySelector(".shift")!)).to.equal(true);
    expect(drawn(lastShift)).to.equal(false);

    await emulateMedia({ media: "print" });
    await nextFrames();
    expect(drawn(lastShift)).to.equal(true);
    await emulateMedia({ media: "screen" });

    lastShift.scrollIntoView();
    await nextFrames();
    expect(drawn(lastShift)).to.equal(true);
    await expect(page.element).to.be.accessible();
  });
});
