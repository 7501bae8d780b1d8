import { waitUntil } from "@open-wc/testing";
import type { CalendarPage } from "./calendar-page.js";

/** A page object for the registration form inside the event dialog. */
export class RegistrationFormPage {
  constructor(readonly calendar: CalendarPage) {}

  static async open(calendar: CalendarPage, title: string): Promise<RegistrationFormPage> {
    await waitUntil(() => [...calendar.root.querySelectorAll(".event__title")].some((node) => node.textContent === title), `no event "${title}"`);
    calendar.eventButton(title).click();
    await calendar.waitForDialog();
    const page = new RegistrationFormPage(calendar);
    await waitUntil(() => page.root.querySelector("form"), "no registration form");
    return page;
  }

  get root(): ShadowRoot {
    return this.calendar.root.querySelector("community-events-dialog")!.shadowRoot!;
  }

  field(name: "name" | "phone" | "partySize" | "consent"): HTMLInputElement {
    return this.root.querySelector<HTMLInputElement>(`#registration-${name}`)!;
  }

  async type(name: "name" | "phone", value: string): Promise<void> {
    const input = this.field(name);
    input.value = value;
    input.dispatchEvent(new Event("input"));
    await this.settle();
  }

  async choosePartySize(size: number): Promise<void> {
    const select = this.field("partySize") as unknown as HTMLSelectElement;
    select.value = String(size);
    select.dispatchEvent(new Event("change"));
    await this.settle();
  }

  async tickConsent(): Promise<void> {
    this.field("consent").click();
    await this.settle();
  }

  async submit(): Promise<void> {
    this.root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await this.settle();
    await waitUntil(() => !this.root.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled, "still sending");
    await this.settle();
  }

  async settle(): Promise<void> {
    await (this.root.host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  }

  summaryLinks(): string[] {
    return [...this.root.querySelectorAll(".error-summary a")].map((link) => link.textContent!.trim());
  }

  summaryText(): string {
    return this.root.querySelector(".error-summary")?.textContent?.replace(/\s+/g, " ").trim() ?? "";
  }

  errorBeside(name: "name" | "phone" | "partySize" | "consent"): string {
    return this.root.querySelector(`#registration-${name}-error`)?.textContent?.trim() ?? "";
  }

  focused(): Element | null {
    return this.root.activeElement;
  }

  text(): string {
    return this.root.querySelector("dialog")!.textContent!.replace(/\s+/g, " ");
  }
}
