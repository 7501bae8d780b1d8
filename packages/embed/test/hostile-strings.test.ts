import { expect, fixture, waitUntil } from "@open-wc/testing";
import "@community-kit/events/define";
import "@community-kit/partner-map/define";
import "@community-kit/rooms/define";
import "@community-kit/volunteers/define";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { testApi, testKey } from "../../ui/test/widget-page.js";

failOnUncaughtErrors();

// Strings an attacker can get into the data: a community's own staff account taken over, a
// partner's form, an imported calendar. Each sets window.pwned if it ever runs.
const HOSTILE = [
  `<img src=x onerror="window.pwned='img'">`,
  `<script>window.pwned='script'</script>`,
  `"><svg onload="window.pwned='svg'">`,
  `</script><script>window.pwned='json-ld'</script>`,
  `<a href="javascript:window.pwned='link'">点我</a>`,
  `\${window.pwned='template'} {{constructor.constructor('window.pwned=1')()}}`,
  `‮gnp.exe`,
];
const JAVASCRIPT_URL = "javascript:window.pwned='url'";
const testWindow = window as unknown as { pwned?: string };

/** Every element of the widget, its nested shadow roots included. */
function allElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll("*")].flatMap((element) => [element, ...(element.shadowRoot ? allElements(element.shadowRoot) : [])]);
}

/** What a hostile string must never become: an element with a handler, a script, a javascript: link. */
function injected(host: HTMLElement): string[] {
  return allElements(host.shadowRoot!)
    .filter(
      (element) =>
        element.localName === "script" ||
        [...element.attributes].some((attribute) => attribute.name.startsWith("on")) ||
        /^\s*javascript:/i.test(element.getAttribute("href") ?? "") ||
        /^\s*javascript:/i.test(element.getAttribute("src") ?? ""),
    )
    .map((element) => element.outerHTML.slice(0, 120));
}

async function manage(path: string, body: unknown) {
  const response = await fetch(`${testApi()}/v1/communities/taihe${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${testKey()}` },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

describe("hostile strings in the data", () => {
  afterEach(() => expect(testWindow.pwned, "a hostile string ran").to.equal(undefined));

  it("<community-events>: titles, places, descriptions and links from the data show as text; HTML descriptions are cleaned", async () => {
    const events = HOSTILE.map((text, index) => ({
      id: `hostile-${index}`,
      title: text,
      start: `2026-06-${String(10 + index).padStart(2, "0")}T10:00`,
      end: `2026-06-${String(10 + index).padStart(2, "0")}T11:00`,
      location: { name: text, address: text },
      description: text,
      organizer: text,
      category: text,
      url: JAVASCRIPT_URL,
    }));
    const element = await fixture<HTMLElement & { events: unknown }>(
      `<community-events style="width: 900px" date="2026-06-15" timezone="Asia/Shanghai" view="list"></community-events>`,
    );
    element.events = events;
    await waitUntil(() => element.shadowRoot!.querySelectorAll(".row").length === HOSTILE.length, "the events did not show", { timeout: 8000 });
    expect(element.shadowRoot!.textContent).to.contain(HOSTILE[0]);
    expect(injected(element)).to.deep.equal([]);
    // Each event's dialog: the description cleaned, the link to more information left out.
    const dialog = () => element.shadowRoot!.querySelector("community-events-dialog")?.shadowRoot?.querySelector("dialog");
    for (let index = 0; index < HOSTILE.length; index++) {
      // Found again each time: the list may have drawn itself anew meanwhile.
      element.shadowRoot!.querySelectorAll<HTMLElement>(".row")[index]!.click();
      // The dialog's code loads on the first click: give a cold test server its time.
      await waitUntil(() => dialog()?.open, "the dialog did not open", { timeout: 8000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(injected(element)).to.deep.equal([]);
      dialog()!.close();
      // Closed once its close event has been handled and it has left the page, as before a resident's next click.
      await waitUntil(() => !element.shadowRoot!.querySelector("community-events-dialog"), "the dialog did not close");
    }
    // The JSON-LD for search engines stays one data block.
    await waitUntil(() => element.querySelector('script[type="application/ld+json"]'), "no structured data", { timeout: 8000 });
    expect(element.querySelectorAll("script")).to.have.length(1);
    expect(JSON.parse(element.querySelector("script")!.textContent!)["@graph"]).to.have.length(HOSTILE.length);
  });

  it("<community-partner-map>: names, addresses, services and contacts show as text; a javascript: website is left out", async () => {
    const partners = HOSTILE.map((text, index) => ({
      id: `hostile-${index}`,
      name: text,
      type: "enterprise",
      address: text,
      location: { lat: 34.26 + index / 1000, lng: 117.18 },
      contact: { phone: "0516-87654321", email: "office@example.org", office: text },
      description: text,
      services: [text],
      website: index === 0 ? JAVASCRIPT_URL : "https://example.org/",
      updatedAt: "2026-11-01T00:00:00Z",
    }));
    const element = await fixture<HTMLElement & { partners: unknown }>(`<community-partner-map style="width: 900px" tiles="none"></community-partner-map>`);
    element.partners = partners;
    // The one with a javascript: website fails the API's own schema and is left out; the others show.
    await waitUntil(() => element.shadowRoot!.querySelectorAll(".entry").length === HOSTILE.length - 1, "the partners did not show", { timeout: 8000 });
    for (const button of element.shadowRoot!.querySelectorAll<HTMLElement>(".entry__button")) {
      button.click();
      await waitUntil(() => element.shadowRoot!.querySelector(".details__title"), "no details", { timeout: 8000 });
      expect(injected(element)).to.deep.equal([]);
    }
  });

  it("<community-room-booking> and <community-volunteer-signup>: a room and a shift made with hostile names and notes", async () => {
    const [name, description, notes] = [HOSTILE[0]!, HOSTILE[2]!, HOSTILE[3]!];
    const room = await (await fetch(`${testApi()}/v1/communities/taihe/resources/calligraphy-room`)).json();
    delete room.timezone;
    await manage("/resources", {
      ...room,
      id: "hostile-room",
      name,
      description,
      usageNotes: notes,
      amenities: [HOSTILE[4]],
      location: { name: HOSTILE[5], address: HOSTILE[1] },
    });
    await manage("/opportunities", {
      id: "hostile-opportunity",
      teamId: "environment",
      title: name,
      description,
      location: { name: notes, address: HOSTILE[1] },
    });
    const start = new Date(Date.now() + 10 * 86_400_000);
    await manage("/opportunities/hostile-opportunity/shifts", {
      start: start.toISOString(),
      end: new Date(start.getTime() + 7_200_000).toISOString(),
      capacity: 3,
    });

    // The room goes again afterwards: the rooms' own tests count 太和's rooms.
    try {
      const rooms = await fixture<HTMLElement>(
        `<community-room-booking style="width: 900px" api="${testApi()}" community="taihe" resource="hostile-room"></community-room-booking>`,
      );
      await waitUntil(() => rooms.shadowRoot!.textContent!.includes(name), "the room did not show", { timeout: 8000 });
      expect(injected(rooms)).to.deep.equal([]);
    } finally {
      await fetch(`${testApi()}/v1/communities/taihe/resources/hostile-room`, { method: "DELETE", headers: { Authorization: `Bearer ${testKey()}` } });
    }

    const volunteers = await fixture<HTMLElement>(
      `<community-volunteer-signup style="width: 900px" api="${testApi()}" community="taihe" opportunity="hostile-opportunity"></community-volunteer-signup>`,
    );
    await waitUntil(() => volunteers.shadowRoot!.textContent!.includes(name), "the shift did not show", { timeout: 8000 });
    volunteers.shadowRoot!.querySelector<HTMLElement>('[part~="sign-up"]')!.click();
    await waitUntil(() => volunteers.shadowRoot!.querySelector("#signup-consent"), "no sign-up form", { timeout: 8000 });
    expect(injected(volunteers)).to.deep.equal([]);
  });
});
