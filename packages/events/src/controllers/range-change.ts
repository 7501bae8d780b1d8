import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { RangeChangeDetail } from "../ck-events.js";

/** Tells the page, after the render, each time the days shown or the view change (`ck-range-change`). */
export class RangeChange implements ReactiveController {
  #shown?: string;

  constructor(
    host: ReactiveControllerHost,
    private readonly shown: () => RangeChangeDetail,
    private readonly changed: (detail: RangeChangeDetail) => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const detail = this.shown();
    const key = `${detail.from}|${detail.view}`;
    if (key === this.#shown) return;
    this.#shown = key;
    this.changed(detail);
  }
}
