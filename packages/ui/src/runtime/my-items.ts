import { formatShortCode } from "@community-kit/schema";
import { isApiError } from "@community-kit/sdk";
import { type TemplateResult, html, nothing } from "lit";
import type { SavedItem, SavedItems } from "./saved-items.js";

/** The messages every "my …" list needs; a widget's table holds them under these keys. */
export interface MyItemsMessages {
  mineButton: (count: number) => string;
  mineHeading: string;
  mineNote: string;
  mineEmpty: string;
  mineCancel: string;
  mineConfirm: string;
  mineConfirmYes: string;
  mineKeep: string;
  mineCancelled: (name: string) => string;
  mineCancelFailed: string;
  /** Before an item's short code. */
  mineCode: string;
  /** Between a button's words and the item it acts on, read by screen readers: "：" or ": ". */
  mineSeparator: string;
}

export interface MyItemsOptions<Item extends SavedItem> {
  /** The panel's id and part, e.g. my-registrations; its button has the part too. */
  id: string;
  /** The part of each item's cancel button, e.g. cancel-registration. */
  cancelPart: string;
  saved: SavedItems<Item>;
  keyOf(item: Item): string;
  /** The server's code for an item it no longer has: gone either way. */
  goneCode: string;
  /** Cancels on the server; rejects with the SDK's error. */
  cancelOnServer(item: Item): Promise<void>;
  /** After a cancel: tell the page, show what was freed. */
  cancelled(item: Item): void;
  requestUpdate(): void;
}

/**
 * "My registrations", "my bookings": what the resident made on this device,
 * behind a button that shows once there is any, each with a cancel that asks
 * a second time. What happened is read out politely.
 */
export class MyItems<Item extends SavedItem> {
  #open = false;
  #confirming?: string;
  #message?: string;

  constructor(private readonly options: MyItemsOptions<Item>) {}

  #update(change: () => void): void {
    change();
    this.options.requestUpdate();
  }

  async #cancel(item: Item, messages: MyItemsMessages, name: string): Promise<void> {
    try {
      await this.options.cancelOnServer(item);
    } catch (error) {
      // Anything but "gone already" may be retried.
      if (!isApiError(error, this.options.goneCode)) return this.#update(() => (this.#message = messages.mineCancelFailed));
    }
    this.#update(() => {
      this.#confirming = undefined;
      this.#message = messages.mineCancelled(name);
    });
    await this.options.saved.remove(this.options.keyOf(item));
    this.options.cancelled(item);
  }

  /** `describe` shows one item: what and when, its status. `name` says which, to its cancel button and once cancelled. */
  render(messages: MyItemsMessages, describe: (item: Item) => TemplateResult, name: (item: Item) => string) {
    const { id, keyOf } = this.options;
    const items = this.options.saved.items;
    if (!items.length && !this.#message) return nothing;
    const askToCancel = (key: string | undefined) =>
      this.#update(() => {
        this.#confirming = key;
        this.#message = undefined;
      });
    return html`<div class="mine-bar">
        <button
          type="button"
          class="button"
          part=${`button ${id}`}
          aria-expanded=${this.#open ? "true" : "false"}
          aria-controls=${id}
          @click=${() => this.#update(() => (this.#open = !this.#open))}
        >${messages.mineButton(items.length)}</button>
      </div>
      <section id=${id} class="mine" part=${id} aria-labelledby=${`${id}-title`} ?hidden=${!this.#open}>
        <h3 class="mine__title" id=${`${id}-title`}>${messages.mineHeading}</h3>
        <p class="mine__note">${messages.mineNote}</p>
        <p class="mine__message" role="status">${this.#message ?? ""}</p>
        ${
          items.length
            ? html`<ul class="mine__list">
              ${items.map(
                (item) => html`<li class="mine__item">
                  ${describe(item)}
                  ${item.shortCode ? html`<p class="mine__code">${messages.mineCode} <code>${formatShortCode(item.shortCode)}</code></p>` : nothing}
                  ${
                    this.#confirming === keyOf(item)
                      ? html`<div class="mine__confirm" role="group" aria-label=${messages.mineConfirm}>
                        <p>${messages.mineConfirm}</p>
                        <button type="button" class="button button--danger" part="button confirm-cancel" @click=${() => void this.#cancel(item, messages, name(item))}>${messages.mineConfirmYes}</button>
                        <button type="button" class="button" part="button keep" @click=${() => askToCancel(undefined)}>${messages.mineKeep}</button>
                      </div>`
                      : html`<button type="button" class="button" part=${`button ${this.options.cancelPart}`} @click=${() => askToCancel(keyOf(item))}>
                        ${messages.mineCancel}<span class="visually-hidden">${messages.mineSeparator}${name(item)}</span>
                      </button>`
                  }
                </li>`,
              )}
            </ul>`
            : html`<p>${messages.mineEmpty}</p>`
        }
      </section>`;
  }
}
