import { type Availability, type Resource, type ResourceKind, dayOf } from "@community-kit/schema";
import { CommunityElement, Localizer, baseStyles, describeLoadError, errorState, notice, stateStyles, tokenStyles } from "@community-kit/ui";
import { addDays } from "@community-kit/ui/calendar";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { sharedBookingClient } from "./booking-client.js";
import { roomsStyles } from "./community-room-booking.styles.js";
import { type RoomsMessages, roomsMessages } from "./locales/index.js";
import { dayTimeline } from "./views/day-timeline.js";
import { resourceCards } from "./views/resource-cards.js";

/** Detail of `ck-resource-select`. */
export interface ResourceSelectDetail {
  resourceId: string;
  kind: ResourceKind;
}

const KINDS = new Set(["room", "equipment"]);

/**
 * A community's rooms and equipment, with what each holds and has and when it
 * is open, to choose one to book.
 *
 * @summary Rooms and equipment of a community, to book.
 *
 * @event {CustomEvent<ResourceSelectDetail>} ck-resource-select - A resident chose a room or equipment.
 *
 * @csspart cards - The list of rooms and equipment; card each one, card-chosen the one chosen.
 * @csspart timeline - The chosen one's day: its date field (date) and its slots (slots, slot each).
 * @csspart button - Every button; with choose, previous-day, next-day, retry.
 * @csspart notice - Quiet messages: a fallen-back attribute.
 * @csspart error - The error state.
 */
export class CommunityRoomBooking extends CommunityElement {
  static override styles = [tokenStyles, baseStyles, stateStyles, roomsStyles];

  /** room or equipment: show one kind only (default both). */
  @property() kind?: string;

  /** The id of the room or equipment to open with, chosen. */
  @property() resource?: string;

  /** The day to show a chosen resource's times for, YYYY-MM-DD (default today in its zone). */
  @property() date?: string;

  @state() private resources?: Resource[];
  @state() private status: "idle" | "loading" | "ready" | "error" = "idle";
  @state() private chosen?: string;
  @state() private day?: string;
  @state() private availability?: Availability;
  @state() private availabilityStatus: "loading" | "ready" | "error" = "loading";
  private availabilityError?: unknown;
  private availabilityKey?: string;
  private availabilityController?: AbortController;
  private error?: unknown;
  private loadedKey?: string;
  private controller?: AbortController;
  private readonly t = new Localizer<RoomsMessages>(roomsMessages);

  protected override localizers() {
    return [...super.localizers(), this.t as unknown as Localizer<never>];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.loadedKey = undefined;
  }

  protected override updated(): void {
    const key = this.hasSource ? `${this.apiBase}|${this.communityId}` : undefined;
    if (key && key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load(this.apiBase!, this.communityId!);
    }
    const resource = this.chosenResource;
    if (key && resource) {
      const day = this.shownDay(resource);
      const availabilityKey = `${key}|${resource.id}|${day}`;
      if (availabilityKey !== this.availabilityKey) {
        this.availabilityKey = availabilityKey;
        void this.loadAvailability(this.apiBase!, this.communityId!, resource.id, day);
      }
    }
  }

  private get chosenResource(): Resource | undefined {
    return this.resources?.find((resource) => resource.id === this.chosen);
  }

  private get validDate(): string | undefined {
    return this.date && /^\d{4}-\d{2}-\d{2}$/.test(this.date) && !Number.isNaN(Date.parse(this.date)) ? this.date : undefined;
  }

  /** The day shown: the one chosen, else the date attribute, else today in the resource's zone. */
  private shownDay(resource: Resource): string {
    return this.day ?? this.validDate ?? dayOf(new Date(), resource.timezone);
  }

  private async loadAvailability(api: string, community: string, resourceId: string, day: string): Promise<void> {
    this.availabilityController?.abort();
    const controller = new AbortController();
    this.availabilityController = controller;
    this.availabilityStatus = "loading";
    try {
      const client = await sharedBookingClient(api, community);
      const availability = await client.resources.availability(resourceId, { from: day }, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.availability = availability;
      this.availabilityStatus = "ready";
    } catch (error) {
      if (controller.signal.aborted) return;
      this.availabilityError = error;
      this.availabilityStatus = "error";
    }
  }

  protected override recover(): void {
    this.loadedKey = undefined;
  }

  private async load(api: string, community: string): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.status = "loading";
    try {
      const client = await sharedBookingClient(api, community);
      const resources = await client.resources.list({}, { signal: controller.signal, onCached: (page) => !controller.signal.aborted && this.show(page.items) });
      if (!controller.signal.aborted) this.show(resources);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error = error;
      this.status = "error";
    }
  }

  private show(resources: Resource[]): void {
    this.resources = resources;
    this.status = "ready";
    if (this.chosen === undefined && this.resource && resources.some((resource) => resource.id === this.resource)) this.chosen = this.resource;
  }

  private get validKind(): ResourceKind | undefined {
    return this.kind && KINDS.has(this.kind) ? (this.kind as ResourceKind) : undefined;
  }

  private choose = (resource: Resource): void => {
    this.chosen = resource.id;
    this.emit<ResourceSelectDetail>("ck-resource-select", { resourceId: resource.id, kind: resource.kind });
  };

  private notices(): string[] {
    const notices: string[] = [];
    if (this.kind && !this.validKind) notices.push(this.t.t("invalidKind", this.kind));
    if (this.resource && this.status === "ready" && !this.resources?.some((resource) => resource.id === this.resource)) {
      notices.push(this.t.t("unknownResource", this.resource));
    }
    if (this.date && !this.validDate) notices.push(this.t.t("invalidDate", this.date));
    return notices;
  }

  protected override renderContent() {
    const body = !this.hasSource
      ? notice(this.t.t("notConfigured"))
      : this.status === "error"
        ? errorState(describeLoadError(this.error, this.common, this.communityId ?? ""), this.common.t("retry"), () => {
            this.loadedKey = undefined;
            this.requestUpdate();
          })
        : html`${this.renderCards()} ${this.renderTimeline()}`;
    return html`<section class="rooms" aria-label=${this.t.t("label", "")}>${this.notices().map((message) => notice(message))} ${body}</section>`;
  }

  private renderTimeline() {
    const resource = this.chosenResource;
    if (!resource) return nothing;
    const today = dayOf(new Date(), resource.timezone);
    const max = addDays(today, resource.limits.horizonDays);
    const day = this.shownDay(resource);
    const retry = () => {
      this.availabilityKey = undefined;
      this.requestUpdate();
    };
    const error = errorState(describeLoadError(this.availabilityError, this.common, this.communityId ?? ""), this.common.t("retry"), retry);
    const current = this.availability?.resourceId === resource.id && this.availabilityStatus !== "loading" ? this.availability : undefined;
    return dayTimeline(
      { resource, day, min: today, max, intl: this.resolvedLocale.intl, slots: current?.slots, status: this.availabilityStatus },
      this.t,
      { setDay: (next) => (this.day = next) },
      error,
    );
  }

  private renderCards() {
    const busy = this.status !== "ready";
    const shown = (this.resources ?? []).filter((resource) => !this.validKind || resource.kind === this.validKind);
    if (!busy && !shown.length) return notice(this.t.t(this.resources?.length ? "emptyKind" : "empty"), "empty");
    return resourceCards({ resources: shown, selected: this.chosen, intl: this.resolvedLocale.intl, busy }, this.t, this.choose);
  }
}
