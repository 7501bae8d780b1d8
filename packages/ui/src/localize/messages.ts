import type { SupportedLocale } from "./locale.js";

/** A message is text, or a function of its values so that word order can differ by locale. */
export type Message = string | ((...values: never[]) => string);
export type MessageTable = Record<string, Message>;

/** One table per locale, each with exactly the keys of the first. */
export type LocalizedMessages<Table extends MessageTable> = Record<SupportedLocale, Table>;

type ValuesOf<M> = M extends (...values: infer Values) => string ? Values : [];

/** Looks messages up by key in the table of the current locale. */
export class Localizer<Table extends MessageTable> {
  constructor(
    private readonly tables: LocalizedMessages<Table>,
    public locale: SupportedLocale = "zh-CN",
  ) {}

  t<Key extends keyof Table>(key: Key, ...values: ValuesOf<Table[Key]>): string {
    const message = this.tables[this.locale][key] ?? this.tables["zh-CN"][key];
    return typeof message === "function" ? (message as (...args: unknown[]) => string)(...values) : String(message);
  }
}
