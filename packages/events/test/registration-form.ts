import { waitUntil } from "@open-wc/testing";
import { FormPage } from "../../ui/test/widget-page.js";
import type { CalendarPage } from "./calendar-page.js";

type RegistrationField = "name" | "phone" | "partySize" | "notify" | "email" | "consent";

/** A page object for the registration form inside the event dialog. */
export class RegistrationFormPage extends FormPage<RegistrationField> {
  protected readonly form = "registration";
  protected readonly submitButton = 'button[type="submit"]';

  constructor(readonly calendar: CalendarPage) {
    super();
  }

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

  async choosePartySize(size: number): Promise<void> {
    await this.type("partySize", String(size));
  }

  async tickConsent(): Promise<void> {
    await this.tick("consent");
  }

  summaryText(): string {
    return this.text(".error-summary");
  }
}
