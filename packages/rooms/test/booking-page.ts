import { fixture, waitUntil } from "@open-wc/testing";
import { executeServerCommand } from "@web/test-runner-commands";
import { whileOffline } from "../../ui/test/offline.js";
import { FormPage, sourceAttributes, testApi } from "../../ui/test/widget-page.js";
import "../src/define.js";
import type { CommunityRoomBooking } from "../src/community-room-booking.js";

/** A weekday (0 = Sunday) at least `days` days ahead, YYYY-MM-DD. */
export function dayAhead(weekday: number, days = 7): string {
  const day = new Date(Date.now() + days * 86_400_000);
  while (day.getUTCDay() !== weekday) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** Books straight through the API, as another resident elsewhere would. */
export async function bookElsewhere(resourceId: string, day: string, from: string, to: string, phone: string, key: string) {
  return fetch(`${testApi()}/v1/communities/taihe/bookings`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": key },
    body: JSON.stringify({
      resourceId,
      start: `${day}T${from}:00+08:00`,
      end: `${day}T${to}:00+08:00`,
      purpose: "读书会",
      name: "赵阿姨",
      phone,
      consent: true,
    }),
  });
}

/** The names Chromium's accessibility tree gives the day's slots, as a screen reader reads them. */
export async function slotNames(): Promise<string[]> {
  const snapshot = await executeServerCommand<string, { selector: string }>("aria-snapshot", { selector: "community-room-booking [role=listbox]" });
  // Chromium puts a space between the slot's block children; a screen reader reads the same either way.
  return [...snapshot.matchAll(/- option "([^"]+)"/g)].map((match) => match[1]!.replace(/\s*，\s*/g, "，").replace(/\s*,\s*/g, ", "));
}

/** A society booking a room: what a resident types into the form. */
export const resident = { purpose: "书法协会练习", organisation: "太和书法协会", attendees: "12", name: "王大爷", phone: "13912340001" };

export type BookingFieldName = "duration" | "purpose" | "organisation" | "attendees" | "units" | "name" | "phone" | "notify" | "email" | "consent";

/** A page object for <community-room-booking>: the day's slots, the booking form and its outcome. */
export class BookingPage extends FormPage<BookingFieldName> {
  protected readonly form = "booking";
  protected readonly submitButton = '[part~="book"]';

  private constructor(readonly element: CommunityRoomBooking) {
    super();
  }

  static async open(attributes: string): Promise<BookingPage> {
    const element = await fixture<CommunityRoomBooking>(
      `<community-room-booking style="width: 900px" ${sourceAttributes(attributes)} ${attributes}></community-room-booking>`,
    );
    const page = new BookingPage(element);
    await waitUntil(() => page.root.querySelector(".slots, .timeline .notice"), "the day's times did not show", { timeout: 8000 });
    await page.settle();
    return page;
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  slot(time: string): HTMLElement {
    const slot = [...this.root.querySelectorAll<HTMLElement>(".slot")].find((candidate) =>
      candidate.querySelector(".slot__time")!.textContent!.startsWith(time),
    );
    if (!slot) throw new Error(`no slot at ${time}`);
    return slot;
  }

  /** The time range the focused slot shows, e.g. 09:00–09:30 (without the words read only to screen readers). */
  focusedSlot(): string {
    const shown = (node: Node): string =>
      node.nodeType === Node.TEXT_NODE
        ? node.textContent!
        : node instanceof Element && !node.classList.contains("visually-hidden")
          ? [...node.childNodes].map(shown).join("")
          : "";
    const time = this.focused()?.querySelector(".slot__time");
    return time ? shown(time).trim() : "";
  }

  stateOf(time: string): string {
    return this.slot(time).querySelector(".slot__state")!.textContent!;
  }

  /** Waits until the slot at `time` says `state` (the day reloads after a booking). */
  async waitForState(time: string, state: string): Promise<void> {
    await waitUntil(() => this.root.querySelector(".slots") && this.stateOf(time) === state, `the slot at ${time} never said ${state}`, { timeout: 8000 });
  }

  async chooseSlot(time: string): Promise<void> {
    this.slot(time).click();
    await this.settle();
    await waitUntil(() => this.root.querySelector(".booking #booking-consent"), "no booking form with its consent notice");
  }

  async fill(values: Partial<Record<Exclude<BookingFieldName, "consent" | "notify">, string>>, consent = true): Promise<void> {
    for (const [name, value] of Object.entries(values)) await this.type(name as BookingFieldName, value);
    if (consent && !this.field("consent").checked) this.field("consent").click();
    await this.settle();
  }

  /** Books through the cut-off proxy (api="…/flaky") until the form says the booking is kept on the device; then reconnects the proxy. */
  async bookWhileOffline(): Promise<void> {
    await whileOffline(async () => {
      this.root.querySelector<HTMLButtonElement>('[part~="book"]')!.click();
      await waitUntil(() => this.root.querySelector('[part~="booking-queued"]'), "the booking was not kept on the device", { timeout: 8000 });
    });
  }
}
