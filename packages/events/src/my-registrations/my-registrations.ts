import { Localizer, MyItems, type SavedItems } from "@community-kit/ui";
import { html } from "lit";
import { dateAndTime } from "../format.js";
import type { ViewContext } from "../views/view-context.js";
import { type MyRegistrationsMessages, myRegistrationsMessages } from "./messages.js";
import { type SavedRegistration, savedRegistrations } from "./saved-registrations.js";

export type { SavedRegistration };

export interface MyRegistrationsHost {
  requestUpdate(): void;
  /** Cancels on the server; rejects with the SDK's error. */
  cancelOnServer(item: SavedRegistration): Promise<void>;
  /** After a cancel: tell the page, show the places freed. */
  cancelled(item: SavedRegistration): void;
}

/**
 * "My registrations": what the resident registered for on this device, with
 * cancel. Loaded only by pages that read an API, beside the API client.
 */
export class MyRegistrations {
  readonly saved: SavedItems<SavedRegistration>;
  readonly #list: MyItems<SavedRegistration>;
  readonly #t = new Localizer<MyRegistrationsMessages>(myRegistrationsMessages);

  constructor(host: MyRegistrationsHost) {
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

  render(context: ViewContext) {
    const t = this.#t;
    t.locale = context.locale.messages;
    return this.#list.render(
      t.messages,
      (item) =>
        html`<p class="mine__event"><strong>${item.title}</strong><br />${dateAndTime(new Date(item.start), context.locale.intl, context.timeZone)}</p>
          <p class="mine__status">${item.status === "confirmed" ? t.t("statusConfirmed", item.partySize) : t.t("statusWaitlisted", item.position ?? 1)} · ${item.maskedPhone}</p>`,
      (item) => item.title,
    );
  }
}
