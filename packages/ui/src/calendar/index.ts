export * from "./plain-date.js";
export * from "./month-grid.js";
export * from "./week-layout.js";
export * from "./week-info.js";
export * from "./zoned-days.js";
export type { ChineseDayLabel, ChineseScript } from "./chinese-day-labels.js";
export * from "./time-grid-layout.js";
export * from "./day-format.js";
export * from "./chinese-dates.js";
