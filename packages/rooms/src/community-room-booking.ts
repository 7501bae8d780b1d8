import type { CommunityBookingClient } from "@community-kit/sdk/bookings";
import { type Availability, type BookingResult, type Resource, type ResourceKind, dayOf } from "@community-kit/schema";
import {
  type ClientKind,
  CommunityElement,
  LazyPart,
  type Localizer,
  Loading,
  baseStyles,
  controlStyles,
  type ListWithPrivacy,
  listWithPrivacy,
  formStyles,
  maskPhone,
  myItemsStyles,
  askCentre,
  emptyState,
  emptyStyles,
  stateStyles,
  tokenStyles,
  NowTimer,
  partHostOf,
  showMine,
} from "@community-kit/ui";
import type { SetupProblem } from "@community-kit/ui";
import { addDays, nextMidnight } from "@community-kit/ui/calendar";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import type { SavedBooking } from "./booking/booking-parts.js";
import type { BookingMessages } from "./locales/booking/index.js";
import { roomsStyles } from "./community-room-booking.styles.js";
import { type RoomsMessages, roomsMessages } from "./locales/index.js";
import { durationsFrom, endAfter } from "./slot-choice.js";
import { WINDOW_DAYS, firstBookableDay, slotsOfDay, windowFor } from "./availability-window.js";
import { resourceCards } from "./views/resource-cards.js";
// The widget's ck-* events, declared once with their details for `emit`, listeners and the React props.
import "./ck-events.js";
import type { Setup } from "./locales/setup.js";

type BookingParts = typeof import("./booking/booking-parts.js");
type LoadedParts = ReturnType<BookingParts["bookingParts"]> & Pick<BookingParts, "bookingForm"> & { words: Localizer<BookingMessages> };

const KINDS = new Set(["room", "equipment"]);

/** The booking client, from its own SDK entry, so that pages with events only do not carry it. */
const BOOKINGS: ClientKind<CommunityBookingClient> = {
  name: "bookings",
  load: () => import("@community-kit/sdk/bookings").then((sdk) => sdk.createBookingClient),
};

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
 * @csspart notice - Quiet messages: saved data, a closed day.
 * @csspart unavailable - Where the page's set-up leaves nothing to show: a neutral line and the links the page put inside the element.
 * @csspart error - The error state.
 */
export class CommunityRoomBooking extends CommunityElement {
  static override styles = [tokenStyles, baseStyles, controlStyles, stateStyles, emptyStyles, formStyles, myItemsStyles, roomsStyles];

  /** room or equipment: show one kind only (default both). */
  @property() kind?: string;

  /** The id of the room or equipment to open with, chosen. */
  @property() resource?: string;

  /** The day to show a chosen resource's times for, YYYY-MM-DD (default today in its zone). */
  @property() date?: string;

  @state() private chosen?: string;
  @state() private day?: string;
  /** The slot that takes Tab focus in the day's list. */
  @state() private activeSlot?: number;
  private readonly t = this.messagesOf<RoomsMessages>(roomsMessages);

  /** The rooms and equipment, with the privacy notice the booking form shows (it comes with the community). */
  private readonly catalogue = new Loading<readonly [string, string], ListWithPrivacy<Resource>>(this, {
    args: () => this.source,
    load: async (_, context) => {
      const client = await this.clientOf(BOOKINGS);
      return listWithPrivacy(client, (options) => client.resources.list({}, options), context, {});
    },
  });

  /**
   * The chosen resource's slots for a week from the day asked (today, unless one was chosen): never
   * from a saved copy, as a slot taken a moment ago must show as taken.
   */
  private readonly availability: Loading<readonly [string, string, string, string], Availability & { from: string }> = new Loading(this, {
    args: () => {
      const resource = this.chosenResource;
      const source = this.source;
      if (!source || !resource) return undefined;
      const loaded = this.availability.value?.resourceId === resource.id ? this.availability.value.from : undefined;
      return [...source, resource.id, windowFor(this.askedDay(resource), loaded)] as const;
    },
    load: async ([, , resourceId, from], { signal }) => {
      const client = await this.clientOf(BOOKINGS);
      return { from, ...(await client.resources.availability(resourceId, { from, to: addDays(from, WINDOW_DAYS) }, { signal })) };
    },
  });

  /** The day's times, loaded with the first room or equipment chosen. */
  private readonly timeline = new LazyPart(this, () => import("./views/day-timeline.js"));

  /** The booking form and my bookings, once loaded beside the client. */
  private readonly parts = new LazyPart<LoadedParts>(this, () =>
    import("./booking/booking-parts.js").then(async ({ bookingParts, bookingForm, bookingMessages }) => {
      const client = () => this.clientOf(BOOKINGS);
      // The form's words come with it, in the page's language before the form shows (they follow it after).
      const words = this.messagesOf(bookingMessages);
      words.locale = this.resolvedLocale.messages;
      await words.load();
      return {
        bookingForm,
        words,
        ...bookingParts(
          {
            ...partHostOf(this),
            client,
            showDay: (day) => (this.day = day),
            refreshAvailability: () => this.refreshAvailability(),
            booked: (resource, result, phone) => this.booked(resource, result, phone),
            watchOutbox: () => void this.parts.value?.mine.outbox.watch(),
            resourceOf: async (id) => this.resources?.find((resource) => resource.id === id) ?? (await client()).resources.get(id).catch(() => undefined),
            cancelOnServer: async (item) => (await client()).bookings.cancel(item.bookingId, item.cancelToken),
            cancelled: (item) => {
              this.emit("ck-booking-cancelled", { bookingId: item.bookingId, resourceId: item.resourceId });
              this.refreshAvailability();
            },
          },
          words,
        ),
      };
    }),
  );

  constructor() {
    super();
    showMine(this, () => this.source, {
      // Bookings awaiting approval are asked where they stand: approved, or rejected with staff's reason.
      show: async (api, community) => {
        const { mine } = await this.parts.get();
        await mine.show(this.sourceKey, api, community, this.now());
        const client = await this.clientOf(BOOKINGS);
        await mine.refresh((item) => client.bookings.check(item.bookingId, item.cancelToken));
      },
      stop: () => this.parts.value?.mine.outbox.stop(),
    });
    // Today (the first day one may book, the day shown by default) moves on at midnight in the chosen resource's zone.
    new NowTimer(
      this,
      () => this.now(),
      (now) => nextMidnight(now, this.chosenResource?.timezone ?? "UTC"),
    );
  }

  private get resources(): Resource[] | undefined {
    return this.catalogue.value?.items;
  }

  /** The one chosen, else the one the resource attribute names. */
  private get chosenId(): string | undefined {
    return this.chosen ?? (this.resources?.some((resource) => resource.id === this.resource) ? this.resource : undefined);
  }

  private get chosenResource(): Resource | undefined {
    return this.resources?.find((resource) => resource.id === this.chosenId);
  }

  private get validDate(): string | undefined {
    return this.date && /^\d{4}-\d{2}-\d{2}$/.test(this.date) && !Number.isNaN(Date.parse(this.date)) ? this.date : undefined;
  }

  /** The day chosen, else the date attribute, else today in the resource's zone. */
  private askedDay(resource: Resource): string {
    return this.day ?? this.validDate ?? dayOf(this.now(), resource.timezone);
  }

  /** The day shown: the one asked, or with none, the first of the week from today on which a booking can start. */
  private shownDay(resource: Resource): string {
    const loaded = this.loadedSlots(resource);
    const asked = this.askedDay(resource);
    return (!this.day && !this.validDate && loaded && firstBookableDay(loaded, resource.limits, asked)) || asked;
  }

  protected override setupMessages() {
    return import("./locales/setup.js").then((setup) => setup.roomsSetup);
  }

  protected override recover(): void {
    this.catalogue.retry();
  }

  private get validKind(): ResourceKind | undefined {
    return this.kind && KINDS.has(this.kind) ? (this.kind as ResourceKind) : undefined;
  }

  private choose = (resource: Resource): void => {
    if (this.chosenId !== resource.id) {
      this.parts.value?.flow.clear();
      this.activeSlot = undefined;
    }
    this.chosen = resource.id;
    this.emit("ck-resource-select", { resourceId: resource.id, kind: resource.kind });
    // The day's times are drawn below every card, a phone's screens away: the resident is taken there, and hears which day it is.
    void this.timeline.get().then(() => this.focusAfterRender("#timeline-title"));
  };

  private refreshAvailability(): void {
    this.availability.reload();
  }

  /** The week of slots loaded for `resource`, once the answer is there. */
  private loadedSlots(resource: Resource): Availability["slots"] | undefined {
    const { value, status } = this.availability;
    return value?.resourceId === resource.id && status === "ready" ? value.slots : undefined;
  }

  /** The slots shown now for the chosen resource, once loaded. */
  private get shownSlots(): Availability["slots"] | undefined {
    const resource = this.chosenResource;
    const loaded = resource && this.loadedSlots(resource);
    return loaded && slotsOfDay(loaded, this.shownDay(resource));
  }

  private endOf = (minutes: number): string | undefined => {
    const start = this.parts.value?.flow.selection?.start;
    return start && this.shownSlots ? endAfter(this.shownSlots, start, minutes) : undefined;
  };

  private chooseSlot = (index: number): void => {
    const resource = this.chosenResource;
    const slots = this.shownSlots;
    const slot = slots?.[index];
    if (!resource || !slots || !slot) return;
    // The day stays when the booking takes its last free time and the first open day moves on.
    this.day ??= this.shownDay(resource);
    void this.parts
      .get()
      .then(({ flow }) =>
        flow.choose(resource.id, slot.start, durationsFrom(slots, index, resource.limits), (minutes) => endAfter(slots, slot.start, minutes)),
      );
  };

  private focusSlot = (index: number): void => {
    this.activeSlot = index;
    void this.focusAfterRender('.slot[tabindex="0"]');
  };

  private booked(resource: Pick<Resource, "id" | "name">, result: BookingResult, phone: string): void {
    const saved: SavedBooking = {
      source: this.sourceKey,
      bookingId: result.bookingId,
      resourceId: resource.id,
      resourceName: resource.name,
      start: result.start,
      end: result.end,
      status: result.status,
      cancelToken: result.cancelToken,
      shortCode: result.shortCode,
      maskedPhone: maskPhone(phone),
    };
    void this.parts.value?.mine.saved.add(saved);
    this.emit("ck-booking-created", { bookingId: result.bookingId, resourceId: resource.id, status: result.status, start: result.start, end: result.end });
    this.refreshAvailability();
  }

  /** What is wrong with the attributes, for the web team: the widget falls back and residents see nothing of it. */
  private setupProblems(): SetupProblem<Setup>[] {
    const problems: SetupProblem<Setup>[] = [];
    if (this.kind && !this.validKind) problems.push(["invalidKind", this.kind]);
    if (this.resource && this.catalogue.status === "ready" && !this.resources?.some((resource) => resource.id === this.resource)) {
      problems.push(["unknownResource", this.resource]);
    }
    if (this.date && !this.validDate) problems.push(["invalidDate", this.date]);
    return problems;
  }

  protected override renderContent() {
    this.forWebTeam(this.setupProblems());
    const body = !this.hasSource
      ? this.unavailable(["notConfigured"])
      : this.catalogue.status === "error"
        ? this.loadFailed(this.catalogue.error, () => this.catalogue.retry())
        : html`${this.staleNotice(this.catalogue.staleness, this.availability.staleness)} ${this.renderCards()} ${this.renderTimeline()} ${this.renderBooking()}`;
    return html`<section class="rooms" aria-label=${this.t.t("label", "")}>
      ${this.hasSource && this.parts.value ? this.parts.value.mine.render(this.resolvedLocale.intl) : nothing} ${body}
    </section>`;
  }

  private renderTimeline() {
    const resource = this.chosenResource;
    if (!resource) return nothing;
    const dayTimeline = this.timeline.value?.dayTimeline;
    if (!dayTimeline) {
      this.timeline.get().catch((error: unknown) => this.fail(error));
      return html`<section class="timeline" aria-busy="true"><p class="timeline__loading">${this.t.t("loadingTimes")}</p></section>`;
    }
    const today = dayOf(this.now(), resource.timezone);
    const max = addDays(today, resource.limits.horizonDays);
    const day = this.shownDay(resource);
    const { status, error } = this.availability;
    const shownError = this.loadFailed(error, () => this.availability.retry());
    const slots = this.shownSlots;
    const { selection, state } = this.parts.value?.flow ?? {};
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
        status: status === "idle" ? "loading" : status,
        selection: shownSelection,
        // A slot that is no longer there (another day, fewer slots) gives Tab back to the chosen or first free one.
        active: slots && this.activeSlot !== undefined && this.activeSlot < slots.length ? this.activeSlot : undefined,
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
      shownError,
    );
  }

  private renderBooking() {
    const resource = this.chosenResource;
    const { flow, bookingForm, words } = this.parts.value ?? {};
    const selection = flow?.selection;
    if (!resource || !flow || !bookingForm || !words || selection?.resourceId !== resource.id) return nothing;
    const { state } = flow;
    const slots = this.shownSlots;
    const index = slots?.findIndex((slot) => Date.parse(slot.start) === Date.parse(selection.start)) ?? -1;
    const chosenMinutes = (Date.parse(selection.end) - Date.parse(selection.start)) / 60_000;
    const offered = slots && index >= 0 ? durationsFrom(slots, index, resource.limits) : [];
    const durations = offered.includes(chosenMinutes) ? offered : [chosenMinutes];
    return bookingForm(
      state,
      {
        resource,
        time: selection,
        durations,
        privacy: this.catalogue.value?.privacy,
        notices: this.catalogue.value?.notices,
        intl: this.resolvedLocale.intl,
        errorPrefix: this.common.t("errorPrefix"),
      },
      words,
      {
        input: (field, value) => flow.change(field, value, this.endOf),
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
    const busy = this.catalogue.status !== "ready";
    const shown = (this.resources ?? []).filter((resource) => !this.validKind || resource.kind === this.validKind);
    if (!busy && !shown.length)
      return emptyState(this.t.t(this.resources?.length ? "emptyKind" : "empty"), askCentre(this.catalogue.value?.privacy?.contact, this.t));
    const photoBase = new URL(this.apiBase ?? "/", location.href).href;
    return resourceCards({ resources: shown, selected: this.chosenId, intl: this.resolvedLocale.intl, busy, photoBase }, this.t, this.choose);
  }
}
