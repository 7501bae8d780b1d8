import { adoptLater } from "@community-kit/ui";
import type { PlainDate } from "@community-kit/ui/calendar";
import { type ReactiveController, type ReactiveControllerHost, nothing } from "lit";
import type { CalendarEvent } from "../calendar-event.js";
import type { ViewContext } from "../views/view-context.js";

type DayPopoverView = typeof import("../views/day-popover.js");

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment; shadowRoot: ShadowRoot | null };

/**
 * A day's list of events in a popover beside its cell ("+3 more", or Enter on
 * a day with several): its view, styles and positioning load on first use;
 * focus goes back to the day when it closes, unless an event's dialog took it.
 */
export class DayPopoverController implements ReactiveController {
  /** The day whose events it lists, once one was asked for. */
  day?: PlainDate;
  #stopFollowing?: () => void;
  #view?: DayPopoverView;

  constructor(
    private readonly host: Host,
    private readonly dayCell: (day: PlainDate | undefined) => HTMLElement | null,
    /** Whether an event's dialog is open: it keeps the focus then. */
    private readonly dialogOpen: () => boolean,
  ) {
    host.addController(this);
  }

  get #element(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(".popover");
  }

  async show(day: PlainDate, trigger: HTMLElement): Promise<void> {
    try {
      this.#view ??= await import("../views/day-popover.js").then((view) => {
        adoptLater(this.host.renderRoot as ShadowRoot, view.popoverStyles);
        return view;
      });
    } catch (error) {
      console.warn("[community-kit] the day's list could not load", error);
      return;
    }
    this.day = day;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const popover = this.#element;
    if (!popover) return;
    this.#stopFollowing?.();
    popover.showPopover();
    popover.querySelector<HTMLElement>(".popover__events button")?.focus();
    this.#stopFollowing = this.#view.followAnchor(this.dayCell(day) ?? trigger, popover, popover.querySelector<HTMLElement>(".popover__arrow")!);
  }

  /** The popover with the events of the day asked for, once its view has loaded. */
  render(itemsOn: (day: PlainDate) => CalendarEvent[], context: ViewContext) {
    return this.#view ? this.#view.dayPopover(this.day, this.day ? itemsOn(this.day) : [], context, this.toggled) : nothing;
  }

  /** Closes it for an event opened from it or from the grid; where focus returns when that event closes. */
  closeFor(trigger: HTMLElement): HTMLElement {
    const popover = this.#element;
    // A button inside the popover disappears with it: focus then returns to the day.
    const returnTo = popover?.contains(trigger) ? (this.dayCell(this.day) ?? trigger) : trigger;
    if (popover?.matches(":popover-open")) popover.hidePopover();
    return returnTo;
  }

  readonly toggled = (event: ToggleEvent): void => {
    if (event.newState !== "closed") return;
    this.#stopFollowing?.();
    this.#stopFollowing = undefined;
    const active = this.host.shadowRoot?.activeElement;
    if (!this.dialogOpen() && (!active || this.#element?.contains(active))) this.dayCell(this.day)?.focus();
  };

  hostDisconnected(): void {
    this.#stopFollowing?.();
  }
}
