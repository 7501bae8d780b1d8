import { type RegistrationCheck, type RegistrationResult, hasQueuedWrites } from "@community-kit/sdk";
import { Localizer, MyItems, type SavedItems } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { watchQueuedRegistrations } from "./queued-registrations.js";
import { dateAndTime } from "../format.js";
import type { ViewContext } from "../views/view-context.js";
import { type MyRegistrationsMessages, myRegistrationsMessages } from "./messages.js";
import { type SavedRegistration, savedRegistrations } from "./saved-registrations.js";

export type { SavedRegistration };
export { myItemsStyles } from "@community-kit/ui";

export interface MyRegistrationsHost {
  requestUpdate(): void;
  /** Whether the widget is in the page. */
  isConnected(): boolean;
  /** Cancels on the server; rejects with the SDK's error. */
  cancelOnServer(item: SavedRegistration): Promise<void>;
  /** After a cancel: tell the page, show the places freed. */
  cancelled(item: SavedRegistration): void;
  /** The event a registration is for, to keep its title and time; undefined when it cannot be read. */
  eventOf(eventId: string): Promise<{ title: string; start: Date } | undefined>;
  /** A registration that waited on this device went through: tell the page, show the places taken. */
  registeredLater(eventId: string, result: RegistrationResult): void;
  /** The widget's clock. */
  now(): Date;
}

/**
 * "My registrations": what the resident registered for on this device, with
 * cancel. Loaded only by pages that read an API, beside the API client.
 */
export class MyRegistrations {
  readonly saved: SavedItems<SavedRegistration>;
  readonly #list: MyItems<SavedRegistration>;
  readonly #t = new Localizer<MyRegistrationsMessages>(myRegistrationsMessages);

  #watching?: Promise<ReturnType<typeof watchQueuedRegistrations>>;
  #queued?: ReturnType<typeof watchQueuedRegistrations>;
  #shown = { source: "", api: "", community: "" };

  constructor(private readonly host: MyRegistrationsHost) {
    this.saved = savedRegistrations(host);
    this.#list = new MyItems({
      id: "my-registrations",
      cancelPart: "cancel-registration",
      saved: this.saved,
      keyOf: (item) => item.registrationId,
      goneCode: "registration_not_found",
      ...host,
    });
  }

  /** Shows the registrations made on this device with `api` and `community`, and those still waiting to be sent. */
  async show(source: string, api: string, community: string, now: Date): Promise<void> {
    await this.saved.show(source, now);
    this.#shown = { source, api, community };
    if (this.#queued) await this.#queued.follow(api, community);
    else if (hasQueuedWrites()) await this.watchOutbox();
  }

  /**
   * Asks where each registration stands now: one moved up from the waitlist shows so, a waitlist
   * place is brought up to date, an event called off says so, and one cancelled elsewhere is forgotten.
   */
  async refresh(check: (item: SavedRegistration) => Promise<RegistrationCheck>): Promise<void> {
    for (const item of this.saved.items) {
      try {
        const { status, position, eventCancelled } = await check(item);
        if (status === "cancelled") await this.saved.remove(item.registrationId);
        else await this.saved.add({ ...item, status: status === "confirmed" && item.status !== "confirmed" ? "promoted" : status, position, eventCancelled });
      } catch {
        // Offline or gone: it shows as it was saved until the next visit.
      }
    }
  }

  /** Stops watching the outbox, as when the widget leaves the page; the next `show` starts again. */
  stop(): void {
    this.#queued?.stop();
  }

  /** Watches this community's registrations waiting in the outbox: a registration was just queued, or some were before. */
  async watchOutbox(): Promise<void> {
    this.#watching ??= import("./queued-registrations.js").then(
      ({ watchQueuedRegistrations }) => (this.#queued = watchQueuedRegistrations(() => this.#shown.source, this.saved, this.host, this.#t)),
    );
    try {
      const queued = await this.#watching;
      await queued.follow(this.#shown.api, this.#shown.community);
      await queued.watch();
    } catch {
      // Offline before its code came: watch once the connection is back.
      this.#watching = undefined;
      addEventListener("online", () => void this.watchOutbox(), { once: true });
    }
  }

  render(context: ViewContext) {
    const t = this.#t;
    t.locale = context.locale.messages;
    // Nothing in zh-CN on a page in another language while its words load.
    if (!t.ready) {
      void t.load().then(() => this.host.requestUpdate());
      return nothing;
    }
    // An event called off says so in place of how the registration stood.
    const statusOf = (item: SavedRegistration) =>
      item.eventCancelled
        ? t.t("eventCancelled")
        : item.status === "waitlisted"
          ? t.t("statusWaitlisted", item.position ?? 1)
          : item.status === "promoted"
            ? t.t("statusPromoted")
            : t.t("statusConfirmed", item.partySize);
    return html`${this.#queued?.render() ?? nothing}${this.#list.render(
      t.messages,
      (item) =>
        html`<p class="mine__event"><strong>${item.title}</strong><br />${dateAndTime(new Date(item.start), context.locale.intl, context.timeZone)}</p>
          <p class="mine__status">${statusOf(item)} · ${item.maskedPhone}</p>`,
      (item) => item.title,
    )}`;
  }
}
