import type { PlainDate } from "@community-kit/ui/calendar";
import type { ReactiveController, ReactiveControllerHost } from "lit";

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment; shadowRoot: ShadowRoot | null };

/**
 * A day's list of events in a popover below its cell ("+3 more", or Enter on
 * a day with several): opened beside the day at once, kept in view by the
 * positioning library loaded on first use, and focus back on the day when it
 * closes, unless an event's dialog took it.
 */
export class DayPopoverController implements ReactiveController {
  /** The day whose events it lists, once one was asked for. */
  day?: PlainDate;
  #stopFollowing?: () => void;

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
    this.day = day;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const popover = this.#element;
    if (!popover) return;
    const anchor = this.dayCell(day) ?? trigger;
    this.#stopFollowing?.();
    const box = anchor.getBoundingClientRect();
    Object.assign(popover.style, { left: `${box.left}px`, top: `${box.bottom + 4}px` });
    popover.showPopover();
    popover.querySelector<HTMLElement>("button")?.focus();
    const { followAnchor } = await import("@community-kit/ui/popover");
    if (popover.matches(":popover-open") && this.day === day) this.#stopFollowing = followAnchor(anchor, popover);
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
