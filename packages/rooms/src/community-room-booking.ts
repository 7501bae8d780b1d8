import { type Availability, type BookingResult, type PrivacyPolicy, type Resource, type ResourceKind, dayOf } from "@community-kit/schema";
import {
  CommunityElement,
  Localizer,
  baseStyles,
  describeLoadError,
  errorState,
  formStyles,
  maskPhone,
  myItemsStyles,
  notice,
  stateStyles,
  tokenStyles,
} from "@community-kit/ui";
import { addDays } from "@community-kit/ui/calendar";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { sharedBookingClient } from "./booking-client.js";
import type { SavedBooking } from "./booking/booking-parts.js";
import { roomsStyles } from "./community-room-booking.styles.js";
import { type RoomsMessages, roomsMessages } from "./locales/index.js";
import { durationsFrom, endAfter } from "./slot-choice.js";
import { dayTimeline } from "./views/day-timeline.js";
import { resourceCards } from "./views/resource-cards.js";

type BookingParts = typeof import("./booking/booking-parts.js");
type LoadedParts = ReturnType<BookingParts["bookingParts"]> & Pick<BookingParts, "bookingForm">;

/** Detail of `ck-resource-select`. */
export interface ResourceSelectDetail {
  resourceId: string;
  kind: ResourceKind;
}

/** Detail of `ck-booking-created`: no personal data. */
export interface BookingCreatedDetail {
  bookingId: string;
  resourceId: string;
  status: BookingResult["status"];
  start: string;
  end: string;
}

/** Detail of `ck-booking-cancelled`. */
export interface BookingCancelledDetail {
  bookingId: string;
  resourceId: string;
}

declare global {
  /** The room booking's events, with their details: what `emit`, `addEventListener` and the React props are typed by. */
  interface GlobalEventHandlersEventMap {
    "ck-resource-select": CustomEvent<ResourceSelectDetail>;
    "ck-booking-created": CustomEvent<BookingCreatedDetail>;
    "ck-booking-cancelled": CustomEvent<BookingCancelledDetail>;
  }
}

const KINDS = new Set(["room", "equipment"]);

/**
 * A community's rooms and equipment, with what each holds and has and when it
 * is open, to choose one to book.
 *
 * @summary Rooms and equipment of a community, to book.
 * @tagname community-room-booking
 *
 * @event {CustomEvent<ResourceSelectDetail>} ck-resource-select - A resident chose a room or equipment.
 * @event {CustomEvent<BookingCreatedDetail>} ck-booking-created - A resident booked: confirmed, or pending staff approval.
 * @event {CustomEvent<BookingCancelledDetail>} ck-booking-cancelled - A resident cancelled a booking from my bookings.
 *
 * @csspart cards - The list of rooms and equipment; card each one, card-chosen the one chosen, photo its first photo.
 * @csspart timeline - The chosen one's day: its date field (date) and its slots (slots, slot each).
 * @csspart booking-form - The form for the time chosen; error-summary its list of what to fix, taken the notice of a time taken meanwhile.
 * @csspart booking-outcome - What happened once the booking was sent.
 * @csspart my-bookings - The resident's bookings kept on this device.
 * @csspart button - Every button; with choose, previous-day, next-day, book, alternative, book-another, my-bookings, cancel-booking, confirm-cancel, keep, retry.
 * @csspart notice - Quiet messages: a fallen-back attribute.
 * @csspart error - The error state.
 */
export class CommunityRoomBooking extends CommunityElement {
  /** "Now", by the widget's clock (CommunityElement's `clock`), else the system's. */
  private now(): Date {
    return this.clock?.now() ?? new Date();
  }

  static override styles = [tokenStyles, baseStyles, stateStyles, formStyles, myItemsStyles, roomsStyles];

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
  /** The slot that takes Tab focus in the day's list. */
  @state() private activeSlot?: number;
  @state() private privacy?: PrivacyPolicy;
  private availabilityError?: unknown;
  private availabilityKey?: string;
  private availabilityController?: AbortController;
  private error?: unknown;
  private loadedKey?: string;
  private controller?: AbortController;
  private readonly t = new Localizer<RoomsMessages>(roomsMessages);

  /** The booking form and my bookings, once loaded beside the client. */
  private parts?: LoadedParts;
  private partsLoading?: Promise<LoadedParts>;

  private bookingParts(): Promise<LoadedParts> {
    this.partsLoading ??= import("./booking/booking-parts.js").then(({ bookingParts, bookingForm }) => {
      const client = () => sharedBookingClient(this.apiBase!, this.communityId!);
      this.parts = {
        bookingForm,
        ...bookingParts(
          {
            requestUpdate: () => this.requestUpdate(),
            isConnected: () => this.isConnected,
            focusAfterRender: (selector) => this.focusAfterRender(selector),
            client,
            showDay: (day) => (this.day = day),
            refreshAvailability: () => this.refreshAvailability(),
            booked: (resource, result, phone) => this.booked(resource, result, phone),
            watchOutbox: () => void this.parts?.mine.outbox.watch(),
            resourceOf: async (id) => this.resources?.find((resource) => resource.id === id) ?? (await client()).resources.get(id).catch(() => undefined),
            cancelOnServer: async (item) => (await client()).bookings.cancel(item.bookingId, item.cancelToken),
            cancelled: (item) => {
              this.emit("ck-booking-cancelled", { bookingId: item.bookingId, resourceId: item.resourceId });
              this.refreshAvailability();
            },
          },
          this.t,
        ),
      };
      this.requestUpdate();
      return this.parts;
    });
    return this.partsLoading;
  }

  protected override localizers() {
    return [...super.localizers(), this.t as unknown as Localizer<never>];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.availabilityController?.abort();
    this.parts?.mine.outbox.stop();
    this.loadedKey = undefined;
    this.availabilityKey = undefined;
  }

  protected override updated(): void {
    const key = this.hasSource ? `${this.apiBase}|${this.communityId}` : undefined;
    if (key && key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load(this.apiBase!, this.communityId!);
      void this.bookingParts().then(({ mine }) => mine.show(key, this.apiBase!, this.communityId!, this.now()));
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
    return this.day ?? this.validDate ?? dayOf(this.now(), resource.timezone);
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
      if (this.activeSlot !== undefined && this.activeSlot >= availability.slots.length) this.activeSlot = undefined;
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
      // The privacy notice of the booking form comes with the community.
      const privacy = client
        .community({ signal: controller.signal, onCached: (about) => (this.privacy = about.privacy) })
        .then((about) => (this.privacy = about.privacy));
      privacy.catch(() => undefined); // thrown by the await below, unless the resources failed first
      const resources = await client.resources.list({}, { signal: controller.signal, onCached: (page) => !controller.signal.aborted && this.show(page.items) });
      if (!controller.signal.aborted) this.show(resources);
      await privacy;
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
    if (this.chosen !== resource.id) {
      this.parts?.flow.clear();
      this.activeSlot = undefined;
    }
    this.chosen = resource.id;
    this.emit("ck-resource-select", { resourceId: resource.id, kind: resource.kind });
  };

  private refreshAvailability(): void {
    this.availabilityKey = undefined;
    this.requestUpdate();
  }

  /** The slots shown now for the chosen resource, once loaded. */
  private get shownSlots(): Availability["slots"] | undefined {
    const resource = this.chosenResource;
    return resource && this.availability?.resourceId === resource.id && this.availabilityStatus === "ready" ? this.availability.slots : undefined;
  }

  private endOf = (minutes: number): string | undefined => {
    const start = this.parts?.flow.selection?.start;
    return start && this.shownSlots ? endAfter(this.shownSlots, start, minutes) : undefined;
  };

  private chooseSlot = (index: number): void => {
    const resource = this.chosenResource;
    const slots = this.shownSlots;
    const slot = slots?.[index];
    if (!resource || !slots || !slot) return;
    void this.bookingParts().then(({ flow }) =>
      flow.choose(resource.id, slot.start, durationsFrom(slots, index, resource.limits), (minutes) => endAfter(slots, slot.start, minutes)),
    );
  };

  private focusSlot = (index: number): void => {
    this.activeSlot = index;
    void this.focusAfterRender('.slot[tabindex="0"]');
  };

  private booked(resource: Pick<Resource, "id" | "name">, result: BookingResult, phone: string): void {
    const saved: SavedBooking = {
      source: this.loadedKey!,
      bookingId: result.bookingId,
      resourceId: resource.id,
      resourceName: resource.name,
      start: result.start,
      end: result.end,
      status: result.status,
      cancelToken: result.cancelToken,
      maskedPhone: maskPhone(phone),
    };
    void this.parts?.mine.saved.add(saved);
    this.emit("ck-booking-created", { bookingId: result.bookingId, resourceId: resource.id, status: result.status, start: result.start, end: result.end });
    this.refreshAvailability();
  }

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
        : html`${this.renderCards()} ${this.renderTimeline()} ${this.renderBooking()}`;
    return html`<section class="rooms" aria-label=${this.t.t("label", "")}>
      ${this.notices().map((message) => notice(message))} ${this.hasSource && this.parts ? this.parts.mine.render(this.resolvedLocale.intl) : nothing} ${body}
    </section>`;
  }

  private renderTimeline() {
    const resource = this.chosenResource;
    if (!resource) return nothing;
    const today = dayOf(this.now(), resource.timezone);
    const max = addDays(today, resource.limits.horizonDays);
    const day = this.shownDay(resource);
    const retry = () => {
      this.availabilityKey = undefined;
      this.requestUpdate();
    };
    const error = errorState(describeLoadError(this.availabilityError, this.common, this.communityId ?? ""), this.common.t("retry"), retry);
    const slots = this.availability?.resourceId === resource.id && this.availabilityStatus !== "loading" ? this.availability.slots : undefined;
    const { selection, state } = this.parts?.flow ?? {};
    // Once sent, the day shows what the server holds, not the resident's choice.
    const shownSelection = selection?.resourceId === resource.id && !state?.done && !state?.alternatives ? selection : undefined;
    return dayTimeline(
      {
        resource,
        day,
        min: today,
        max,
        intl: this.resolvedLocale.intl,
        slots,
        status: this.availabilityStatus,
        selection: shownSelection,
        active: this.activeSlot,
      },
      this.t,
      {
        setDay: (next) => {
          this.day = next;
          this.activeSlot = undefined;
        },
        choose: this.chooseSlot,
        focus: this.focusSlot,
      },
      error,
    );
  }

  private renderBooking() {
    const resource = this.chosenResource;
    const { flow, bookingForm } = this.parts ?? {};
    const selection = flow?.selection;
    if (!resource || !flow || !bookingForm || selection?.resourceId !== resource.id) return nothing;
    const { state } = flow;
    const slots = this.shownSlots;
    const index = slots?.findIndex((slot) => Date.parse(slot.start) === Date.parse(selection.start)) ?? -1;
    const chosenMinutes = (Date.parse(selection.end) - Date.parse(selection.start)) / 60_000;
    const offered = slots && index >= 0 ? durationsFrom(slots, index, resource.limits) : [];
    const durations = offered.includes(chosenMinutes) ? offered : [chosenMinutes];
    return bookingForm(
      state,
      { resource, time: selection, durations, privacy: this.privacy, intl: this.resolvedLocale.intl, errorPrefix: this.common.t("errorPrefix") },
      this.t,
      {
        input: (field, value) => flow.input(field, value, this.endOf),
        submit: (submit) => {
          submit.preventDefault();
          void flow.submit(resource);
        },
        focusField: (field) => this.renderRoot.querySelector<HTMLElement>(`#booking-${field}`)?.focus(),
        takeAlternative: (time) => {
          this.activeSlot = undefined;
          flow.takeAlternative(time);
        },
        again: () => {
          this.activeSlot = undefined;
          flow.again();
        },
      },
    );
  }

  private renderCards() {
    const busy = this.status !== "ready";
    const shown = (this.resources ?? []).filter((resource) => !this.validKind || resource.kind === this.validKind);
    if (!busy && !shown.length) return notice(this.t.t(this.resources?.length ? "emptyKind" : "empty"), "empty");
    return resourceCards({ resources: shown, selected: this.chosen, intl: this.resolvedLocale.intl, busy }, this.t, this.choose);
  }
}
