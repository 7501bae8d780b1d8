import type { ManagedBooking, Resource } from "@community-kit/schema";
import type { Localizer } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { RoomsMessages } from "../locales/rooms.js";
import { type ReasonDraft, reasonForm } from "../screen/reason-form.js";

export interface BlockValues {
  date: string;
  from: string;
  to: string;
  reason: string;
}

export interface WeekContext {
  t: Localizer<RoomsMessages>;
  resources: readonly Resource[];
  resourceId: string;
  /** The week's seven days, Monday first. */
  days: readonly string[];
  bookings: readonly ManagedBooking[] | undefined;
  mayBlock: boolean;
  /** Whether the member's role may cancel residents' bookings (what is over cannot be). */
  mayCancel: boolean;
  now: Date;
  cancelling?: ReasonDraft;
  block: BlockValues;
  blockError?: string;
  formatDay: (day: string) => string;
  onRoom: (id: string) => void;
  onWeek: (weeks: number) => void;
  onBlock: (values: BlockValues) => void;
  onAddBlock: () => void;
  onRemoveBlock: (block: ManagedBooking) => void;
  onCancel: (booking: ManagedBooking) => void;
  onCancelReason: (reason: string) => void;
  onConfirmCancel: (booking: ManagedBooking) => void;
  onKeep: () => void;
}

/** A room's week: each day's bookings and maintenance, in time order; staff keep time free from here. */
export function weekView(context: WeekContext) {
  const { t, days, bookings } = context;
  const range = t.t("weekOf", context.formatDay(days[0]!), context.formatDay(days[6]!));
  return html`<div class="filters">
      <div class="field">
        <label for="week-room">${t.t("room")}</label>
        <select id="week-room" @change=${(event: Event) => context.onRoom((event.target as HTMLSelectElement).value)}>
          ${context.resources.map((resource) => html`<option value=${resource.id} ?selected=${resource.id === context.resourceId}>${resource.name}</option>`)}
        </select>
      </div>
      <div class="actions" role="group" aria-label=${range}>
        <button type="button" class="button" @click=${() => context.onWeek(-1)}>${t.t("previousWeek")}</button>
        <button type="button" class="button" @click=${() => context.onWeek(0)}>${t.t("thisWeek")}</button>
        <button type="button" class="button" @click=${() => context.onWeek(1)}>${t.t("nextWeek")}</button>
      </div>
    </div>
    <h3>${range}</h3>
    ${
      !bookings
        ? html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>`
        : !bookings.length
          ? html`<p class="empty" role="status">${t.t("weekEmpty")}</p>`
          : html`<ul class="week">
              ${days.map((day) => {
                const held = bookings.filter((booking) => booking.start.slice(0, 10) === day);
                return held.length
                  ? html`<li>
                      <h4>${context.formatDay(day)}</h4>
                      <ul class="week__day">
                        ${held.map((booking) => bookingLine(context, booking))}
                      </ul>
                    </li>`
                  : nothing;
              })}
            </ul>`
    }
    ${context.mayBlock ? blockForm(context) : nothing}`;
}

function bookingLine(context: WeekContext, booking: ManagedBooking) {
  const { t } = context;
  const time = `${booking.start.slice(11, 16)}–${booking.end.slice(11, 16)}`;
  if (booking.kind === "block") {
    return html`<li class="week__item week__item--block">
      <span>${time} ${t.t("statusBlock")}：${booking.purpose}</span>
      ${
        context.mayBlock
          ? html`<button type="button" class="button" @click=${() => context.onRemoveBlock(booking)}>${t.t("removeBlock")}<span class="visually-hidden">：${time}</span></button>`
          : nothing
      }
    </li>`;
  }
  const status = booking.status === "pending" ? t.t("statusPending") : t.t("statusConfirmed");
  const cancelling = context.cancelling?.subjectId === booking.id ? context.cancelling : undefined;
  return html`<li class=${`week__item ${booking.status === "pending" ? "week__item--pending" : ""}`}>
    <span>${time} ${t.t("purposeLine", booking.purpose, booking.organisation, booking.attendees)} · ${t.t("who", booking.name, booking.phone)} · ${status}</span>
    ${
      !context.mayCancel || Date.parse(booking.end) <= context.now.getTime()
        ? nothing
        : cancelling
          ? reasonForm({
              id: `cancel-${booking.id}`,
              draft: cancelling,
              label: t.t("cancelReason"),
              hint: t.t("cancelReasonHint"),
              errorPrefix: t.t("errorPrefix"),
              confirm: t.t("confirmCancel"),
              keep: t.t("keep"),
              onReason: context.onCancelReason,
              onConfirm: () => context.onConfirmCancel(booking),
              onKeep: context.onKeep,
            })
          : html`<button type="button" class="button" @click=${() => context.onCancel(booking)}>
              ${t.t("cancelBooking")}<span class="visually-hidden">：${time} ${booking.purpose}</span>
            </button>`
    }
  </li>`;
}

function blockForm(context: WeekContext) {
  const { t, block } = context;
  const set = (field: keyof BlockValues) => (event: Event) => context.onBlock({ ...block, [field]: (event.target as HTMLInputElement).value });
  return html`<form
    class="block-form"
    novalidate
    aria-labelledby="block-heading"
    @submit=${(event: Event) => {
      event.preventDefault();
      context.onAddBlock();
    }}
  >
    <h3 id="block-heading">${t.t("blockHeading")}</h3>
    ${context.blockError ? html`<p class="field__error" role="alert">${context.blockError}</p>` : nothing}
    <div class="field-row">
      <div class="field field--short"><label for="block-date">${t.t("blockDate")}</label><input id="block-date" type="date" .value=${block.date} @input=${set("date")} /></div>
      <div class="field field--short"><label for="block-from">${t.t("blockFrom")}</label><input id="block-from" type="time" .value=${block.from} @input=${set("from")} /></div>
      <div class="field field--short"><label for="block-to">${t.t("blockTo")}</label><input id="block-to" type="time" .value=${block.to} @input=${set("to")} /></div>
    </div>
    <div class="field">
      <label for="block-reason">${t.t("blockReason")}</label>
      <p class="field__hint" id="block-reason-hint">${t.t("blockReasonHint")}</p>
      <input id="block-reason" maxlength="200" aria-describedby="block-reason-hint" .value=${block.reason} @input=${set("reason")} />
    </div>
    <button type="submit" class="button">${t.t("addBlock")}</button>
  </form>`;
}
