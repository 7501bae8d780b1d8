import type { SupportedLocale } from "./locale.js";

/** A message for a page's web team, made from the problem's values. */
export type SetupMessage = (...values: never[]) => string;
export type SetupTable = Record<string, SetupMessage>;

/** A widget's messages for the web team, in every language, loaded only when there is something to tell. */
export type SetupMessages<Table extends SetupTable> = Record<SupportedLocale, Table>;

/** A problem with how a page set a widget up: the key of its message, and the values the message names. */
export type SetupProblem<Table extends SetupTable = SetupTable> = {
  [Key in keyof Table & string]: readonly [Key, ...Parameters<Table[Key]>];
}[keyof Table & string];

/** Any widget's problem, as the base element keeps them until they are told. */
export type AnySetupProblem = readonly [key: string, ...values: unknown[]];
