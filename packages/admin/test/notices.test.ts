import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { testApi } from "../../ui/test/widget-page.js";
import { ConsolePage, STAFF } from "./console-page.js";

failOnUncaughtErrors();

describe("<community-admin> notices", () => {
  it("lists a resident's notice with whom it is for, masked, and its delivery, sends it again, and filters by state", async () => {
    const event = window.CK_TEST_UPCOMING[3]!;
    const registered = await fetch(`${testApi()}/v1/communities/taihe/events/${event.id}/registrations`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": "console-notices-13500135099" },
      body: JSON.stringify({ name: "吴奶奶", phone: "13500135099", partySize: 1, consent: true, notify: true }),
    });
    expect(registered.status).to.equal(201);

    const page = await ConsolePage.open();
    await page.signIn(STAFF.coordinator);
    await page.screenReady();
    page.root.querySelector<HTMLAnchorElement>('nav a[href="#notices"]')!.click();
    const screen = () => page.root.querySelector("community-admin-notices")?.shadowRoot;
    const row = () => [...(screen()?.querySelectorAll("tbody tr") ?? [])].find((candidate) => candidate.textContent!.includes("135****5099"));
    await waitUntil(row, "the notice is not listed", { timeout: 8000 });
    expect(row()!.textContent).to.contain("报名或预约成功");
    expect(row()!.textContent).to.contain("待发送");
    expect(row()!.textContent).to.contain(`您已报名“${event.title}”`);
    expect(screen()!.textContent).not.to.contain("13500135099");
    await expect(page.element).to.be.accessible();

    row()!.querySelector<HTMLButtonElement>('button[aria-label="重新发送给 135****5099 的通知"]')!.click();
    await waitUntil(() => screen()!.textContent!.includes("已安排重新发送给 135****5099 的通知。"), "not sent again");

    const status = screen()!.querySelector<HTMLSelectElement>("#notices-status")!;
    status.value = "delivered";
    status.dispatchEvent(new Event("change"));
    await waitUntil(() => !row() && !screen()!.querySelector('[aria-busy="true"]'), "a notice waiting to go was listed as delivered");
  });
});
