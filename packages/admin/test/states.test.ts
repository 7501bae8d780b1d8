import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { ConsolePage, STAFF, goOffline, goOnline } from "./console-page.js";

failOnUncaughtErrors();

const SECTIONS = ["rooms", "volunteers", "partners", "calendar", "notices", "settings"];

describe("<community-admin> when the connection drops", () => {
  afterEach(() => goOnline());

  it("shows each section's error with a retry, which brings the section once the connection is back", async () => {
    const page = await ConsolePage.open();
    await page.signIn(STAFF.admin);
    await page.screenReady();
    await goOffline();
    for (const section of SECTIONS) {
      page.root.querySelector<HTMLAnchorElement>(`nav a[href="#${section}"]`)!.click();
      const screen = () => page.root.querySelector(`community-admin-${section}`)?.shadowRoot;
      // Settings opens on residents' data, a search form that loads nothing: its staff tab does.
      if (section === "settings") {
        await waitUntil(() => screen()?.querySelector("#tab-staff"), "no settings tabs");
        screen()!.querySelector<HTMLButtonElement>("#tab-staff")!.click();
      }
      const error = () => screen()?.querySelector(".state--error") ?? screen()?.querySelector(".tab-panel > *")?.shadowRoot?.querySelector(".state--error");
      await waitUntil(error, `${section} shows no error`, { timeout: 8000 });
      expect(error()!.textContent).to.contain("无法连接到服务器");
      await expect(page.element).to.be.accessible();
    }
    await goOnline();
    // As the browser says when its connection returns: the SDK asks a server it gave up on again.
    window.dispatchEvent(new Event("online"));
    for (const section of SECTIONS) {
      page.root.querySelector<HTMLAnchorElement>(`nav a[href="#${section}"]`)!.click();
      await waitUntil(() => page.root.querySelector(`community-admin-${section}`), `${section} did not open`);
      const screen = page.root.querySelector(`community-admin-${section}`)!.shadowRoot!;
      const inner = screen.querySelector(".tab-panel > *")?.shadowRoot;
      // A section may have asked again by itself when the connection returned; one still in error asks again with its retry.
      const retry = screen.querySelector<HTMLButtonElement>(".state--error button") ?? inner?.querySelector<HTMLButtonElement>(".state--error button");
      retry?.click();
      await waitUntil(
        () => !screen.querySelector(".state--error") && !inner?.querySelector(".state--error") && !screen.querySelector('[aria-busy="true"]'),
        `${section} did not come back`,
        {
          timeout: 8000,
        },
      );
    }
  });
});
