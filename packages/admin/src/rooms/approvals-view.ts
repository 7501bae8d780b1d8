import type { ManagedBooking, Resource } from "@community-kit/schema";
import type { Localizer } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { RoomsMessages } from "../locales/rooms.js";

export interface Rejecting {
  bookingId: string;
  reason: string;
  error?: string;
}

export interface ApprovalsContext {
  t: Localizer<RoomsMessages>;
  pending: readonly ManagedBooking[] | undefined;
  resources: readonly Resource[];
  rejecting?: Rejecting;
  mayDecide: boolean;
  when: (booking: ManagedBooking) => string;
  onApprove: (booking: ManagedBooking) => void;
  onReject: (booking: ManagedBooking) => void;
  onReason: (reason: string) => void;
  onConfirmReject: (booking: ManagedBooking) => void;
  onKeep: () => void;
}

/** Bookings that wait for staff, oldest first: each approved, or rejected with the reason the resident reads. */
export function approvalsView(context: ApprovalsContext) {
  const { t, pending } = context;
  if (!pending) return html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>`;
  if (!pending.length) return html`<p class="empty" role="status">${t.t("approvalsEmpty")}</p>`;
  const nameOf = (id: string) => context.resources.find((resource) => resource.id === id)?.name ?? id;
  return html`<p>${t.t("approvalsCount", pending.length)}</p>
    <ul class="cards">
      ${pending.map((booking) => {
        const what = `${nameOf(booking.resourceId)} ${context.when(booking)}`;
        const rejecting = context.rejecting?.bookingId === booking.id ? context.rejecting : undefined;
        return html`<li class="card" aria-labelledby=${`booking-${booking.id}`}>
          <h3 id=${`booking-${booking.id}`}>${what}</h3>
          <p>${t.t("purposeLine", booking.purpose, booking.organisation, booking.attendees)}</p>
          <p>${t.t("who", booking.name, booking.phone)}</p>
          ${
            !context.mayDecide
              ? nothing
              : rejecting
                ? rejectForm(context, booking, rejecting)
                : html`<div class="actions">
                    <button type="button" class="button button--primary" @click=${() => context.onApprove(booking)}>
                      ${t.t("approve")}<span class="visually-hidden">：${what}</span>
                    </button>
                    <button type="button" class="button" @click=${() => context.onReject(booking)}>${t.t("reject")}<span class="visually-hidden">：${what}</span></button>
                  </div>`
          }
        </li>`;
      })}
    </ul>`;
}

function rejectForm(context: ApprovalsContext, booking: ManagedBooking, rejecting: Rejecting) {
  const { t } = context;
  const id = `reject-${booking.id}`;
  return html`<form
    class=${`field ${rejecting.error ? "field--error" : ""}`}
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      context.onConfirmReject(booking);
    }}
  >
    <label for=${id}>${t.t("rejectReason")}</label>
    <p class="field__hint" id=${`${id}-hint`}>${t.t("rejectReasonHint")}</p>
    ${rejecting.error ? html`<p class="field__error" id=${`${id}-error`}><span class="visually-hidden">${t.t("errorPrefix")}</span>${rejecting.error}</p>` : nothing}
    <input
      id=${id}
      maxlength="200"
      .value=${rejecting.reason}
      aria-invalid=${rejecting.error ? "true" : "false"}
      aria-describedby=${`${id}-hint${rejecting.error ? ` ${id}-error` : ""}`}
      @input=${(event: Event) => context.onReason((event.target as HTMLInputElement).value)}
    />
    <div class="actions">
      <button type="submit" class="button button--danger">${t.t("confirmReject")}</button>
      <button type="button" class="button" @click=${context.onKeep}>${t.t("keep")}</button>
    </div>
  </form>`;
}
