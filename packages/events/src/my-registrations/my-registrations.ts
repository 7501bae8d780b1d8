import { Localizer } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { ViewContext } from "../views/view-context.js";
import { type MyRegistrationsMessages, myRegistrationsMessages } from "./messages.js";
import { myRegistrationsButton, myRegistrationsPanel } from "./my-registrations-view.js";
import { SavedRegistrations, type SavedRegistration } from "./saved-registrations.js";

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
  readonly saved: SavedRegistrations;
  #open = false;
  #confirming?: string;
  #message?: string;
  readonly #t = new Localizer<MyRegistrationsMessages>(myRegistrationsMessages);

  constructor(private readonly host: MyRegistrationsHost) {
    this.saved = new SavedRegistrations(host);
  }

  #update(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  async #cancel(item: SavedRegistration): Promise<void> {
    try {
      await this.host.cancelOnServer(item);
    } catch (error) {
      // A registration the server no longer has is gone either way; anything else may be retried.
      if ((error as { code?: string }).code !== "registration_not_found") {
        return this.#update(() => (this.#message = this.#t.t("cancelFailed")));
      }
    }
    this.#update(() => {
      this.#confirming = undefined;
      this.#message = this.#t.t("cancelled", item.title);
    });
    await this.saved.remove(item.registrationId);
    this.host.cancelled(item);
  }

  render(context: ViewContext) {
    this.#t.locale = context.locale.messages;
    const state = { items: this.saved.items, open: this.#open, confirming: this.#confirming, message: this.#message };
    if (!state.items.length && !state.message) return nothing;
    const actions = {
      toggle: () => this.#update(() => (this.#open = !this.#open)),
      askToCancel: (registrationId: string | undefined) =>
        this.#update(() => {
          this.#confirming = registrationId;
          this.#message = undefined;
        }),
      cancel: (item: SavedRegistration) => void this.#cancel(item),
    };
    return html`<div class="mine-bar">${myRegistrationsButton(state, this.#t, actions)}</div>
      ${myRegistrationsPanel(state, this.#t, context, actions)}`;
  }
}
