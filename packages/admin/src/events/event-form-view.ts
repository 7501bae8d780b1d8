import type { Category } from "@community-kit/schema";
import { checkboxField, errorSummary, selectField, textField } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { StaffForm } from "../sign-in/staff-form.js";
import { EVENT_FIELDS, type EventField, type EventValues } from "./event-form.js";
import { type RecurrenceViewContext, recurrenceView } from "./recurrence-view.js";

export interface EventFormContext extends Omit<RecurrenceViewContext, "values" | "change" | "error"> {
  form: StaffForm<EventField, EventValues>;
  heading: string;
  categories: readonly Category[];
  /** false when one occurrence of a series is edited: it keeps the series' repeat. */
  withRecurrence: boolean;
  onSubmit: () => void;
  onBack: () => void;
}

/** Creating or changing an event: its fields in the GOV.UK pattern, the repeat builder, the preview. */
export function eventFormView(context: EventFormContext) {
  const { form, t } = context;
  const values = form.values;
  const fields = form.context(t.t("errorPrefix"));
  const text = (field: EventField & keyof EventValues, label: string, maxlength: number, extra: { hint?: string; type?: "text" | "date" | "number" } = {}) =>
    textField(fields, field, { label, value: values[field] as string, maxlength, ...extra }, (value) => form.set(field, value));
  return html`<form id=${form.id} class="staff-form event-form" novalidate aria-labelledby="event-form-heading" @submit=${(event: Event) => {
    event.preventDefault();
    context.onSubmit();
  }}>
    <p><button type="button" class="button" @click=${context.onBack}>${t.t("back")}</button></p>
    <h2 id="event-form-heading">${context.heading}</h2>
    ${errorSummary(fields, EVENT_FIELDS, { title: t.t("errorTitle"), problem: form.problem, level: 3 }, (field) => form.focusField(field))}
    ${text("title", t.t("fieldTitle"), 200)}
    ${selectField(
      fields,
      "category",
      {
        label: t.t("fieldCategory"),
        value: values.category,
        options: [{ value: "", label: "" }, ...context.categories.map((category) => ({ value: category.id, label: category.name }))],
      },
      (value) => form.set("category", value),
    )}
    ${textField(fields, "date", { label: t.t("fieldDate"), type: "date", value: values.date, maxlength: 10 }, (value) => form.set("date", value))}
    <div class="field field--checkbox">
      <div class="consent__box">
        <input id="event-allday" type="checkbox" .checked=${values.allDay} @change=${(event: Event) => form.set("allDay", (event.target as HTMLInputElement).checked)} />
        <label for="event-allday">${t.t("fieldAllDay")}</label>
      </div>
    </div>
    ${values.allDay ? nothing : timeFields(context)}
    ${text("place", t.t("fieldPlace"), 200, { hint: t.t("fieldPlaceHint") })} ${text("address", t.t("fieldAddress"), 500)}
    ${textField(fields, "capacity", { label: t.t("fieldCapacity"), value: values.capacity, inputmode: "numeric", maxlength: 6 }, (value) =>
      form.set("capacity", value),
    )}
    ${checkboxField(fields, "registration" as EventField, { label: t.t("fieldRegistration"), checked: values.registration }, (checked) =>
      form.set("registration", checked),
    )}
    ${
      values.registration
        ? textField(fields, "partySize", { label: t.t("fieldPartySize"), value: values.partySize, inputmode: "numeric", maxlength: 2 }, (value) =>
            form.set("partySize", value),
          )
        : nothing
    }
    ${text("organizer", t.t("fieldOrganizer"), 200)}
    <div class=${`field ${form.errors.description ? "field--error" : ""}`}>
      <label for="event-description">${t.t("fieldDescription")}</label>
      <textarea id="event-description" name="description" rows="5" maxlength="20000" .value=${values.description} @input=${(event: Event) =>
        form.set("description", (event.target as HTMLTextAreaElement).value)}></textarea>
    </div>
    ${
      context.withRecurrence
        ? recurrenceView({ ...context, values, error: form.errors.recurrence, change: (choice) => form.set("recurrence", choice) })
        : nothing
    }
    <button type="submit" class="button button--primary" aria-disabled=${form.sending ? "true" : "false"}>${form.sending ? t.t("saving") : t.t("save")}</button>
  </form>`;
}

function timeFields({ form, t }: EventFormContext) {
  const values = form.values;
  const error = form.errors.time;
  return html`<fieldset class=${`field field--group ${error ? "field--error" : ""}`} aria-describedby=${error ? "event-time-error" : nothing}>
    <legend>${t.t("fieldStartTime")} – ${t.t("fieldEndTime")}</legend>
    ${error ? html`<p class="field__error" id="event-time-error"><span class="visually-hidden">${t.t("errorPrefix")}</span>${error}</p>` : nothing}
    <div class="field-row">
      <div class="field field--short">
        <label for="event-time">${t.t("fieldStartTime")}</label>
        <input id="event-time" type="time" .value=${values.startTime} aria-invalid=${error ? "true" : "false"} @input=${(event: Event) =>
          form.set("startTime", (event.target as HTMLInputElement).value)} />
      </div>
      <div class="field field--short">
        <label for="event-end-time">${t.t("fieldEndTime")}</label>
        <input id="event-end-time" type="time" .value=${values.endTime} aria-invalid=${error ? "true" : "false"} @input=${(event: Event) =>
          form.set("endTime", (event.target as HTMLInputElement).value)} />
      </div>
    </div>
  </fieldset>`;
}
