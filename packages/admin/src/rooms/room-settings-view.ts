import type { ClosedDays, Resource } from "@community-kit/schema";
import { type Localizer, errorSummary } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { RoomsMessages } from "../locales/rooms.js";
import type { StaffForm } from "../sign-in/staff-form.js";
import { type LIMIT_FIELDS, type RoomSettings, SETTINGS_FIELDS, type SettingsField } from "./room-settings-form.js";

export interface SettingsContext {
  t: Localizer<RoomsMessages>;
  resources: readonly Resource[];
  resourceId: string;
  form: StaffForm<SettingsField, RoomSettings>;
  formatDay: (day: string) => string;
  onRoom: (id: string) => void;
  onSubmit: () => void;
}

/** A room's opening hours by weekday, its closed days with their reasons, and its booking rules. */
export function roomSettingsView(context: SettingsContext) {
  const { t, form } = context;
  const values = form.values;
  const fields = form.context(t.t("errorPrefix"));
  const error = (field: SettingsField) =>
    form.errors[field]
      ? html`<p class="field__error" id=${`settings-${field}-error`}><span class="visually-hidden">${t.t("errorPrefix")}</span>${form.errors[field]}</p>`
      : nothing;
  const number = (field: (typeof LIMIT_FIELDS)[number] | "maxActivePerPhone", label: string) => {
    const value = field === "maxActivePerPhone" ? values.maxActivePerPhone : values.limits[field];
    return html`<div class=${`field field--short ${form.errors[field] ? "field--error" : ""}`}>
      <label for=${`settings-${field}`}>${label}</label>
      ${error(field)}
      <input
        id=${`settings-${field}`}
        inputmode="numeric"
        maxlength="6"
        .value=${value}
        aria-invalid=${form.errors[field] ? "true" : "false"}
        aria-describedby=${form.errors[field] ? `settings-${field}-error` : nothing}
        @input=${(event: Event) => {
          const typed = (event.target as HTMLInputElement).value;
          if (field === "maxActivePerPhone") form.set("maxActivePerPhone", typed);
          else form.set("limits", { ...values.limits, [field]: typed });
        }}
      />
    </div>`;
  };
  const setDay = (index: number, day: { open: string; close: string } | null) =>
    form.set(
      "hours",
      values.hours.map((old, at) => (at === index ? day : old)),
    );
  return html`<div class="filters">
      <div class="field">
        <label for="settings-room">${t.t("room")}</label>
        <select id="settings-room" @change=${(event: Event) => context.onRoom((event.target as HTMLSelectElement).value)}>
          ${context.resources.map((resource) => html`<option value=${resource.id} ?selected=${resource.id === context.resourceId}>${resource.name}</option>`)}
        </select>
      </div>
    </div>
    <form
      id=${form.id}
      class="staff-form"
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        context.onSubmit();
      }}
    >
      ${errorSummary(fields, SETTINGS_FIELDS, { title: t.t("errorTitle"), problem: form.problem, level: 3 }, (field) => form.focusField(field))}
      <fieldset id="settings-hours" tabindex="-1" aria-describedby=${form.errors.hours ? "settings-hours-error" : nothing}>
        <legend>${t.t("hoursLegend")}</legend>
        ${error("hours")}
        ${values.hours.map((day, index) => {
          const name = t.t("weekdayName", index + 1);
          return html`<div class="field-row hours-row">
            <label class="choice">
              <input type="checkbox" .checked=${day === null} @change=${(event: Event) => setDay(index, (event.target as HTMLInputElement).checked ? null : { open: "09:00", close: "17:00" })} />
              ${t.t("closedAllDay", name)}
            </label>
            ${
              day
                ? html`<div class="field field--short">
                      <label for=${`settings-open-${index}`}>${t.t("opensAt", name)}</label>
                      <input id=${`settings-open-${index}`} type="time" .value=${day.open} @input=${(event: Event) => setDay(index, { ...day, open: (event.target as HTMLInputElement).value })} />
                    </div>
                    <div class="field field--short">
                      <label for=${`settings-close-${index}`}>${t.t("closesAt", name)}</label>
                      <input id=${`settings-close-${index}`} type="time" .value=${day.close} @input=${(event: Event) => setDay(index, { ...day, close: (event.target as HTMLInputElement).value })} />
                    </div>`
                : nothing
            }
          </div>`;
        })}
      </fieldset>
      ${closuresView(context)}
      <fieldset>
        <legend>${t.t("rulesLegend")}</legend>
        <div class="field-row">
          ${number("slotMinutes", t.t("slotMinutes"))} ${number("minMinutes", t.t("minMinutes"))} ${number("maxMinutes", t.t("maxMinutes"))}
        </div>
        <div class="field-row">
          ${number("leadMinutes", t.t("leadMinutes"))} ${number("horizonDays", t.t("horizonDays"))} ${number("bufferMinutes", t.t("bufferMinutes"))}
        </div>
        ${number("maxActivePerPhone", t.t("maxActivePerPhone"))}
        <label class="choice">
          <input type="checkbox" .checked=${values.approval} @change=${(event: Event) => form.set("approval", (event.target as HTMLInputElement).checked)} />
          ${t.t("approval")}
        </label>
      </fieldset>
      <button type="submit" class="button button--primary" aria-disabled=${form.sending ? "true" : "false"}>${form.sending ? t.t("saving") : t.t("save")}</button>
    </form>`;
}

function closuresView(context: SettingsContext) {
  const { t, form } = context;
  const closures = form.values.closures;
  const span = (closure: ClosedDays) =>
    closure.from === closure.to ? context.formatDay(closure.from) : `${context.formatDay(closure.from)}–${context.formatDay(closure.to)}`;
  return html`<fieldset id="settings-closures" tabindex="-1">
    <legend>${t.t("closuresLegend")}</legend>
    ${form.errors.closures ? html`<p class="field__error" role="alert">${form.errors.closures}</p>` : nothing}
    ${
      closures.length
        ? html`<ul class="exceptions__list">
            ${closures.map(
              (closure, index) => html`<li>
                <span>${span(closure)}：${closure.reason}</span>
                <button type="button" class="button" @click=${() =>
                  form.set(
                    "closures",
                    closures.filter((_, at) => at !== index),
                  )}>
                  ${t.t("removeClosure")}<span class="visually-hidden">：${span(closure)}</span>
                </button>
              </li>`,
            )}
          </ul>`
        : nothing
    }
    <div class="field-row closure-new">
      <div class="field field--short"><label for="closure-from">${t.t("closureFrom")}</label><input id="closure-from" type="date" /></div>
      <div class="field field--short"><label for="closure-to">${t.t("closureTo")}</label><input id="closure-to" type="date" /></div>
      <div class="field">
        <label for="closure-reason">${t.t("closureReason")}</label>
        <p class="field__hint" id="closure-reason-hint">${t.t("closureReasonHint")}</p>
        <input id="closure-reason" maxlength="200" aria-describedby="closure-reason-hint" />
      </div>
      <button
        type="button"
        class="button"
        @click=${(event: Event) => {
          const row = (event.target as HTMLElement).closest(".closure-new")!;
          const [from, to, reason] = [...row.querySelectorAll("input")];
          const closure = { from: from!.value, to: to!.value || from!.value, reason: reason!.value.trim() };
          if (!closure.from || !closure.reason || closure.to < closure.from) {
            form.errors = { ...form.errors, closures: t.t("closureInvalid") };
            form.set("closures", closures);
            return;
          }
          const { closures: _, ...others } = form.errors;
          form.errors = others;
          form.set("closures", [...closures, closure]);
          for (const input of [from, to, reason]) input!.value = "";
        }}
      >
        ${t.t("addClosure")}
      </button>
    </div>
  </fieldset>`;
}
