import type { PlainDate } from "@community-kit/ui/calendar";
import { html, nothing, type ReactiveControllerHost } from "lit";
import type { CalendarEvent } from "../calendar-event.js";
import type { ViewContext } from "../views/view-context.js";
import type { DayPopoverController } from "./day-popover-controller.js";

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

export interface DialogOptions {
  /** Fires `ck-event-select`; false when the page cancelled it. */
  select(event: CalendarEvent): boolean;
  dayList: DayPopoverController;
  dayCell(day: PlainDate): HTMLElement | null;
  currentDay(): PlainDate;
}

/**
 * The event dialog: `ck-event-select` first, which the page may cancel to show
 * its own page; the dialog's code loads with the first event opened; focus
 * returns to what opened it, or to the day when that is gone.
 */
export class EventDialogController {
  /** The event shown, while the dialog is open. */
  event?: CalendarEvent;
  #returnFocus?: HTMLElement;

  constructor(
    private readonly host: Host,
    private readonly options: DialogOptions,
  ) {}

  readonly open = async (event: CalendarEvent, trigger: HTMLElement): Promise<void> => {
    if (!this.options.select(event)) return;
    this.#returnFocus = this.options.dayList.closeFor(trigger);
    await import("../event-dialog/define-dialog.js");
    this.event = event;
    this.host.requestUpdate();
    await this.host.updateComplete;
    await this.host.renderRoot.querySelector("community-events-dialog")?.show();
  };

  /** An open dialog follows the data: places left change as others register and cancel. */
  follow(events: readonly CalendarEvent[]): void {
    const fresh = this.event && events.find((event) => event.id === this.event!.id);
    if (fresh) this.event = fresh;
  }

  #closed = (): void => {
    this.event = undefined;
    this.host.requestUpdate();
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    if (target?.isConnected) target.focus();
    else this.options.dayCell(this.options.currentDay())?.focus();
  };

  render(context: ViewContext) {
    return this.event
      ? html`<community-events-dialog
          ?senior=${(this.host as unknown as HTMLElement).hasAttribute("senior")}
          .event=${this.event}
          .context=${context}
          @ck-dialog-close=${this.#closed}
        ></community-events-dialog>`
      : nothing;
  }
}
