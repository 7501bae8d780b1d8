import type { ChineseDayLabel, ChineseScript, MonthGrid, PlainDate } from "@community-kit/ui/calendar";
import { addDays } from "@community-kit/ui/calendar";
import type { OfficialDay } from "@community-kit/schema";
import type { ReactiveController, ReactiveControllerHost } from "lit";

const SCRIPTS: Record<string, ChineseScript | undefined> = { "zh-CN": "Hans", "zh-Hant": "Hant" };

/**
 * Lunar dates, festivals, solar terms and 休/班 for the days of the month
 * shown, on pages in Chinese only: their data loads with the first month that
 * needs it, and each month's labels are made once (again when the community's
 * official days come).
 */
export class ChineseLabels implements ReactiveController {
  labels?: Map<PlainDate, ChineseDayLabel>;
  #key?: string;
  #officialDays?: readonly OfficialDay[];

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The month grid shown, the page's message locale, and the official days the community set (from its API). */
    private readonly asked: () => { grid: MonthGrid; messages: string; officialDays?: readonly OfficialDay[] },
  ) {
    host.addController(this);
  }

  /** Whether the page is in Chinese: its days keep a line for the lunar date from the first render, so that rows never grow. */
  get shown(): boolean {
    return SCRIPTS[this.asked().messages] !== undefined;
  }

  hostUpdate(): void {
    const { grid, messages, officialDays } = this.asked();
    const script = SCRIPTS[messages];
    if (!script) {
      this.labels = undefined;
      this.#key = undefined;
      return;
    }
    const key = `${grid.first}|${script}`;
    if (key === this.#key && officialDays === this.#officialDays) return;
    this.#key = key;
    this.#officialDays = officialDays;
    import("@community-kit/ui/chinese-day-labels")
      .then(({ chineseDayLabels }) => {
        if (this.#key !== key) return;
        this.labels = chineseDayLabels(grid.first, addDays(grid.end, -1), grid.weeks.flat(), script, officialDays);
        this.host.requestUpdate();
      })
      .catch((error: unknown) => console.warn("[community-kit] lunar calendar unavailable", error));
  }
}
