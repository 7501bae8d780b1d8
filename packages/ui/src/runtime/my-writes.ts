import type { QueuedKind } from "@community-kit/sdk";
import { type TemplateResult, html } from "lit";
import { MyItems, type MyItemsMessages, type MyItemsOptions } from "./my-items.js";
import { OutboxWatch, type OutboxWatchOptions } from "./outbox-watch.js";
import { type ItemSchema, type SavedItem, SavedItems } from "./saved-items.js";

/** An item with an end: once it is over there is nothing left to cancel, and the device forgets it. */
export interface SavedTimedItem extends SavedItem {
  end: string;
}

export interface MyWritesOptions<Kind extends QueuedKind, Item extends SavedTimedItem> extends Omit<MyItemsOptions<Item>, "saved">, OutboxWatchOptions<Kind> {
  /** The device store's name, e.g. bookings. */
  store: string;
  schema: ItemSchema<Item>;
}

/**
 * "My bookings", "my shifts": what the resident made on this device and is
 * not over yet, with cancel, and the writes still waiting on the device,
 * kept among them once sent.
 */
export class MyWrites<Kind extends QueuedKind, Item extends SavedTimedItem> {
  readonly saved: SavedItems<Item>;
  readonly outbox: OutboxWatch<Kind>;
  readonly #list: MyItems<Item>;

  constructor(options: MyWritesOptions<Kind, Item>) {
    this.saved = new SavedItems<Item>(
      options.store,
      { keyOf: options.keyOf, schema: options.schema, isCurrent: (item, now) => Date.parse(item.end) > now.getTime() },
      options,
    );
    this.#list = new MyItems({ ...options, saved: this.saved });
    this.outbox = new OutboxWatch(options);
  }

  /** Shows the items made on this device with `api` and `community` (`source`), and those still waiting to be sent. */
  async show(source: string, api: string, community: string, now: Date): Promise<void> {
    await this.saved.show(source, now);
    await this.outbox.follow(api, community);
  }

  /** `waiting` says how many wait to be sent; `describe` shows one item, `name` says which. */
  protected renderList(messages: MyItemsMessages, waiting: (count: number) => string, describe: (item: Item) => TemplateResult, name: (item: Item) => string) {
    return html`${this.outbox.render(waiting)}${this.#list.render(messages, describe, name)}`;
  }
}
