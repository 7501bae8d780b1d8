import type { SupportedLocale } from "./locale.js";

/** A message is text, or a function of its values so that word order can differ by locale. */
export type Message = string | ((...values: never[]) => string);
export type MessageTable = Record<string, Message>;

/** One table per locale, each with exactly the keys of the first. */
export type LocalizedMessages<Table extends MessageTable> = Record<SupportedLocale, Table>;

/**
 * The reference table (zh-CN) inline and the others loaded when a page first
 * needs them, so that a page carries only its own language.
 */
export interface LazyMessages<Table extends MessageTable> {
  "zh-CN": Table;
  load: Record<Exclude<SupportedLocale, "zh-CN">, () => Promise<Table>>;
}

type ValuesOf<M> = M extends (...values: infer Values) => string ? Values : [];

/** What has loaded of a lazy set, shared by every Localizer of that set: a second widget on the page renders in its language at once. */
interface LoadedTables<Table extends MessageTable> {
  tables: Partial<Record<SupportedLocale, Table>>;
  loading: Map<SupportedLocale, Promise<void>>;
}
const loadedTables = new WeakMap<object, LoadedTables<MessageTable>>();

function loadedTablesOf<Table extends MessageTable>(lazy: LazyMessages<Table>): LoadedTables<Table> {
  let loaded = loadedTables.get(lazy) as LoadedTables<Table> | undefined;
  if (!loaded) {
    loaded = { tables: { "zh-CN": lazy["zh-CN"] }, loading: new Map() };
    loadedTables.set(lazy, loaded as unknown as LoadedTables<MessageTable>);
  }
  return loaded;
}

/** Looks messages up by key in the table of the current locale. */
export class Localizer<Table extends MessageTable> {
  readonly #tables: Partial<Record<SupportedLocale, Table>>;
  readonly #loaders?: LazyMessages<Table>["load"];
  readonly #loading: Map<SupportedLocale, Promise<void>>;
  /** Languages that could not be loaded for this widget: zh-CN stands in, and the next widget tries again. */
  readonly #unavailable = new Set<SupportedLocale>();

  constructor(
    tables: LocalizedMessages<Table> | LazyMessages<Table>,
    public locale: SupportedLocale = "zh-CN",
  ) {
    if ("load" in tables) {
      const loaded = loadedTablesOf(tables);
      this.#tables = loaded.tables;
      this.#loading = loaded.loading;
      this.#loaders = tables.load as LazyMessages<Table>["load"];
    } else {
      this.#tables = { ...tables };
      this.#loading = new Map();
    }
  }

  /** Whether the current locale's table is here (or failed to load, and zh-CN stands in). */
  get ready(): boolean {
    return this.#tables[this.locale] !== undefined || this.#unavailable.has(this.locale);
  }

  /** Loads the current locale's table; a table that cannot be loaded (offline) leaves zh-CN in its place. */
  load(): Promise<void> {
    const locale = this.locale;
    if (this.ready || !this.#loaders || locale === "zh-CN") return Promise.resolve();
    let loading = this.#loading.get(locale);
    if (!loading) {
      loading = this.#loaders[locale]().then((table: Table) => void (this.#tables[locale] = table));
      this.#loading.set(locale, loading);
      loading.catch(() => this.#loading.delete(locale));
    }
    return loading.catch(() => void this.#unavailable.add(locale));
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
