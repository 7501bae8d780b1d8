import type { ChineseDayLabel, ChineseScript, MonthGrid, PlainDate } from "@community-kit/ui/calendar";
import { addDays } from "@community-kit/ui/calendar";
import type { OfficialDay } from "@community-kit/schema";
import type { ReactiveController, ReactiveControllerHost } from "lit";

const SCRIPTS: Record<string, ChineseScript | undefined> = { "zh-CN": "Hans", "zh-Hant": "Hant" };

type LabelsModule = typeof import("@community-kit/ui/chinese-day-labels");
let labelsModule: LabelsModule | undefined;
let loading: Promise<LabelsModule | undefined> | undefined;
// Once for the page; a load that failed says so and is tried again by the next month.
const load = () =>
  (loading ??= import("@community-kit/ui/chinese-day-labels").then(
    (module) => (labelsModule = module),
    (error: unknown) => {
      loading = undefined;
      console.warn("[community-kit] lunar calendar unavailable", error);
      return undefined;
    },
  ));

/** How long the first month waits for its labels: long enough for a chunk from the cache or a near server, never for a slow network. */
const FIRST_MONTH_WAIT_MS = 250;

/**
 * Lunar dates, festivals, solar terms and 休/班 for the days of the month
 * shown, on pages in Chinese only: their data loads when the first calendar in
 * Chinese is about to show, and each month's labels are made once (again when the
 * community's official days come). The first month waits briefly for them
 * (`beforeFirstMonth`), so that it is laid out and painted once, labels and all.
 */
export class ChineseLabels implements ReactiveController {
  labels?: Map<PlainDate, ChineseDayLabel>;
  #key?: string;
  #officialDays?: readonly OfficialDay[];

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The page's message locale. */
    private readonly messages: () => string,
    /** The month grid shown, and the official days the community set (from its API). */
    private readonly asked: () => { grid: MonthGrid; officialDays?: readonly OfficialDay[] },
  ) {
    host.addController(this);
  }

  /** Whether the page is in Chinese: its days keep a line for the lunar date from the first render, so that rows never grow. */
  get shown(): boolean {
    return SCRIPTS[this.messages()] !== undefined;
  }

  /** Settles once the labels can be made, or after a short wait; false when there is nothing to wait for. */
  beforeFirstMonth(): Promise<unknown> | false {
    return this.shown && !labelsModule && Promise.race([load(), new Promise((resolve) => setTimeout(resolve, FIRST_MONTH_WAIT_MS))]);
  }

  hostUpdate(): void {
    const script = SCRIPTS[this.messages()];
    const { grid, officialDays } = this.asked();
    const key = script && `${grid.first}|${script}`;
    if (key === this.#key && officialDays === this.#officialDays) return;
    if (!script) {
      this.labels = this.#key = undefined;
    } else if (labelsModule) {
      this.#key = key;
      this.#officialDays = officialDays;
      this.labels = labelsModule.chineseDayLabels(grid.first, addDays(grid.end, -1), grid.weeks.flat(), script, officialDays);
    } else {
      // Made by the update after the code has come.
      void load().then((module) => module && this.host.requestUpdate());
    }
  }
}
