import type { ManagedBooking, Resource } from "@community-kit/schema";
import type { Localizer } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { RoomsMessages } from "../locales/rooms.js";
import { type ReasonDraft, reasonForm } from "../screen/reason-form.js";

export interface ApprovalsContext {
  t: Localizer<RoomsMessages>;
  pending: readonly ManagedBooking[] | undefined;
  resources: readonly Resource[];
  rejecting?: ReasonDraft;
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
        const rejecting = context.rejecting?.subjectId === booking.id ? context.rejecting : undefined;
        return html`<li class="card" aria-labelledby=${`booking-${booking.id}`}>
          <h3 id=${`booking-${booking.id}`}>${what}</h3>
          <p>${t.t("purposeLine", booking.purpose, booking.organisation, booking.attendees)}</p>
          <p>${t.t("who", booking.name, booking.phone)}</p>
          ${
            !context.mayDecide
              ? nothing
              : rejecting
                ? reasonForm({
                    id: `reject-${booking.id}`,
                    draft: rejecting,
                    label: t.t("rejectReason"),
                    hint: t.t("rejectReasonHint"),
                    errorPrefix: t.t("errorPrefix"),
                    confirm: t.t("confirmReject"),
                    keep: t.t("keep"),
                    onReason: context.onReason,
                    onConfirm: () => context.onConfirmReject(booking),
                    onKeep: context.onKeep,
                  })
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
