import { compareText } from "../calendar/plain-date.js";
import { DeviceList } from "./device-list.js";

/** What every kept item carries: the API and community it was made with, and when it starts (ISO), to order by. */
export interface SavedItem {
  source: string;
  start: string;
  /** What the resident reads out to cancel it; none on items saved before short codes. */
  shortCode?: string;
}

/** A schema that checks a stored value (a zod schema is one). */
export interface ItemSchema<Item> {
  safeParse(value: unknown): { success: boolean; data?: Item };
}

export interface SavedItemsOptions<Item extends SavedItem> {
  keyOf(item: Item): string;
  /** What another version of the kit, or another script, left in storage is checked by it before it is shown. */
  schema: ItemSchema<Item>;
  /** Whether an item still matters (a booking not over yet); the others are forgotten when shown. */
  isCurrent?(item: Item, now: Date): boolean;
}

const byStart = (a: SavedItem, b: SavedItem) => compareText(a.start, b.start);

/** A resident's items with one API and community (registrations, bookings), remembered on this device. */
export class SavedItems<Item extends SavedItem> {
  items: Item[] = [];
  #source?: string;
  readonly #device: DeviceList<Item>;

  constructor(
    name: string,
    private readonly options: SavedItemsOptions<Item>,
    private readonly host: { requestUpdate(): void },
  ) {
    this.#device = new DeviceList<Item>(name);
  }

  /** Shows the items made with `source` (API and community) that still matter at `now`. */
  async show(source: string, now: Date): Promise<void> {
    if (source === this.#source) return;
    this.#source = source;
    const all = await this.#device.list();
    if (this.#source !== source) return;
    const mine = all.filter(([, item]) => this.options.schema.safeParse(item).success && item.source === source);
    const over = mine.filter(([, item]) => this.options.isCurrent && !this.options.isCurrent(item, now));
    const kept = mine.filter((entry) => !over.includes(entry)).map(([, item]) => item);
    // One added while the device was read (a registration made as the page opened) may be missing from what was read.
    const addedMeanwhile = this.items.filter((item) => item.source === source);
    this.items = [...new Map([...kept, ...addedMeanwhile].map((item) => [this.options.keyOf(item), item])).values()].sort(byStart);
    this.host.requestUpdate();
    await Promise.all(over.map(([key]) => this.#device.delete(key)));
  }

  async add(item: Item): Promise<void> {
    const key = this.options.keyOf(item);
    await this.#device.put(key, item);
    if (item.source === this.#source) {
      this.items = [...this.items.filter((saved) => this.options.keyOf(saved) !== key), item].sort(byStart);
      this.host.requestUpdate();
    }
  }

  async remove(key: string): Promise<void> {
    await this.#device.delete(key);
    this.items = this.items.filter((item) => this.options.keyOf(item) !== key);
    this.host.requestUpdate();
  }
}
