import type { SupportedLocale } from "./locale.js";

/** A message is text, or a function of its values so that word order can differ by locale. */
export type Message = string | ((...values: never[]) => string);
export type MessageTable = Record<string, Message>;

/** One table per locale, each with exactly the keys of the first. */
export type LocalizedMessages<Table extends MessageTable> = Record<SupportedLocale, Table>;

/**
 * The reference table (zh-CN) inline and the others loaded when a page first
 * needs them, so that a page carries only its own language. A table once
 * loaded is kept here, beside zh-CN: every widget of the page shares it.
 */
export interface LazyMessages<Table extends MessageTable> extends Partial<Record<SupportedLocale, Table>> {
  "zh-CN": Table;
  load: Record<Exclude<SupportedLocale, "zh-CN">, () => Promise<Table>>;
}

type ValuesOf<M> = M extends (...values: infer Values) => string ? Values : [];

/** Looks messages up by key in the table of the current locale. */
export class Localizer<Table extends MessageTable> {
  readonly #tables: Partial<Record<SupportedLocale, Table>>;
  readonly #loaders?: LazyMessages<Table>["load"];
  readonly #loading = new Map<SupportedLocale, Promise<void>>();
  /** A language that could not be loaded for this widget: zh-CN stands in, and the next widget tries again. */
  #unavailable?: SupportedLocale;

  constructor(
    tables: LocalizedMessages<Table> | LazyMessages<Table>,
    public locale: SupportedLocale = "zh-CN",
  ) {
    this.#tables = tables;
    if ("load" in tables) this.#loaders = tables.load;
  }

  /** Whether the current locale's table is here (or failed to load, and zh-CN stands in). */
  get ready(): boolean {
    return this.#tables[this.locale] !== undefined || this.#unavailable === this.locale;
  }

  /** Loads the current locale's table; a table that cannot be loaded (offline) leaves zh-CN in its place. */
  load(): Promise<void> {
    const locale = this.locale;
    if (this.ready || !this.#loaders) return Promise.resolve();
    let loading = this.#loading.get(locale);
    if (!loading) {
      loading = this.#loaders[locale as Exclude<SupportedLocale, "zh-CN">]().then(
        (table: Table) => {
          this.#tables[locale] = table;
        },
        () => {
          this.#unavailable = locale;
        },
      );
      this.#loading.set(locale, loading);
    }
    return loading;
  }

  /** The current locale's table (zh-CN until it has loaded), for parts that take messages by key. */
  get messages(): Table {
    return this.#tables[this.locale] ?? this.#tables["zh-CN"]!;
  }

  t<Key extends keyof Table>(key: Key, ...values: ValuesOf<Table[Key]>): string {
    const message = this.#tables[this.locale]?.[key] ?? this.#tables["zh-CN"]![key];
    return typeof message === "function" ? (message as (...args: unknown[]) => string)(...values) : String(message);
  }
}
