import { html } from "lit";
import type { Localizer } from "@community-kit/ui";
import type { ViewContext } from "../views/view-context.js";
import type { MyRegistrationsMessages } from "./messages.js";
import type { SavedRegistration } from "./saved-registrations.js";
import { dateAndTime } from "../format.js";

export interface MyRegistrationsState {
  items: SavedRegistration[];
  open: boolean;
  /** The registration whose cancel awaits a second "yes". */
  confirming?: string;
  /** What happened to the last cancel, read out politely. */
  message?: string;
}

export interface MyRegistrationsActions {
  toggle(): void;
  askToCancel(registrationId: string | undefined): void;
  cancel(item: SavedRegistration): void;
}

/** The button that opens the list; only there once the resident has registered on this device. */
export function myRegistrationsButton(state: MyRegistrationsState, t: Localizer<MyRegistrationsMessages>, actions: MyRegistrationsActions) {
  return html`<button
    type="button"
    class="button"
    part="button my-registrations"
    aria-expanded=${state.open ? "true" : "false"}
    aria-controls="my-registrations"
    @click=${actions.toggle}
  >${t.t("myRegistrations", state.items.length)}</button>`;
}

export function myRegistrationsPanel(state: MyRegistrationsState, t: Localizer<MyRegistrationsMessages>, context: ViewContext, actions: MyRegistrationsActions) {
  return html`<section id="my-registrations" class="mine" part="my-registrations" aria-labelledby="my-registrations-title" ?hidden=${!state.open}>
    <h3 class="mine__title" id="my-registrations-title">${t.t("myRegistrationsHeading")}</h3>
    <p class="mine__note">${t.t("myRegistrationsNote")}</p>
    <p class="mine__message" role="status">${state.message ?? ""}</p>
    ${state.items.length
      ? html`<ul class="mine__list">
          ${state.items.map(
            (item) => html`<li class="mine__item">
              <p class="mine__event"><strong>${item.title}</strong><br />${dateAndTime(new Date(item.start), context.locale.intl, context.timeZone)}</p>
              <p class="mine__status">
                ${item.status === "confirmed" ? t.t("statusConfirmed", item.partySize) : t.t("statusWaitlisted", item.position ?? 1)} · ${item.maskedPhone}
              </p>
              ${state.confirming === item.registrationId
                ? html`<div class="mine__confirm" role="group" aria-label=${t.t("confirmCancel")}>
                    <p>${t.t("confirmCancel")}</p>
                    <button type="button" class="button button--danger" part="button confirm-cancel" @click=${() => actions.cancel(item)}>${t.t("confirmCancelYes")}</button>
                    <button type="button" class="button" part="button keep" @click=${() => actions.askToCancel(undefined)}>${t.t("keepRegistration")}</button>
                  </div>`
                : html`<button type="button" class="button" part="button cancel-registration" @click=${() => actions.askToCancel(item.registrationId)}>
                    ${t.t("cancelRegistration")}<span class="visually-hidden">：${item.title}</span>
                  </button>`}
            </li>`,
          )}
        </ul>`
      : html`<p>${t.t("myRegistrationsEmpty")}</p>`}
  </section>`;
}
