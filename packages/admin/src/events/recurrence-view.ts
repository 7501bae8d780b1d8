import { occurrencesBetween } from "@community-kit/schema/ical";
import type { Localizer } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { EventsMessages } from "../locales/events.js";
import { type EventValues, validateEvent } from "./event-form.js";
import { type Nth, type RecurrenceChoice, type RepeatEnd, type RepeatKind, WEEKDAYS, type Weekday, repeatOfKind } from "./recurrence-builder.js";
import { describeRecurrence } from "./recurrence-words.js";

const KINDS: readonly RepeatKind[] = ["none", "daily", "weekly", "monthly-day", "monthly-weekday", "yearly", "lunar"];
const NTHS: readonly Nth[] = [1, 2, 3, 4, -1];
/** How many occurrences the preview lists. */
export const PREVIEW_COUNT = 6;

export interface RecurrenceViewContext {
  values: EventValues;
  t: Localizer<EventsMessages>;
  timeZone: string;
  now: Date;
  formatDay: (day: string) => string;
  formatWhen: (instant: Date) => string;
  error?: string;
  change: (choice: RecurrenceChoice) => void;
}

/**
 * The repeat in words people use (every Tuesday and Thursday, the first Saturday of the month,
 * every year on 九月初九), until a day or a number of times, the days left out, and the next
 * occurrences as the server will hold them, before anything is saved.
 */
export function recurrenceView(context: RecurrenceViewContext) {
  const { values, t, change } = context;
  if (values.keptRule) return html`<p class="notice">${t.t("keptRule", values.keptRule.rrule ?? values.keptRule.lunar ?? "")}</p>`;
  const choice = values.recurrence;
  const { repeat } = choice;
  const firstDay = /^\d{4}-\d{2}-\d{2}$/.test(values.date) ? values.date : undefined;
  const set = (next: Partial<RecurrenceChoice>) => change({ ...choice, ...next });
  return html`<fieldset class="recurrence" aria-describedby=${context.error ? "event-recurrence-error" : nothing}>
    <legend>${t.t("repeatLegend")}</legend>
    ${context.error ? html`<p class="field__error" id="event-recurrence-error"><span class="visually-hidden">${t.t("errorPrefix")}</span>${context.error}</p>` : nothing}
    <div class="field">
      <label for="event-recurrence">${t.t("repeatHow")}</label>
      <select
        id="event-recurrence"
        @change=${(event: Event) => set({ repeat: repeatOfKind((event.target as HTMLSelectElement).value as RepeatKind, firstDay ?? "2026-01-05") })}
      >
        ${KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === repeat.kind}>${t.t("repeatKind", kind)}</option>`)}
      </select>
    </div>
    ${repeatDetails(context, set)} ${repeat.kind === "none" ? nothing : html`${endChoice(context, set)} ${exceptionsView(context, set)} ${preview(context, firstDay)}`}
  </fieldset>`;
}

function repeatDetails({ values, t }: RecurrenceViewContext, set: (next: Partial<RecurrenceChoice>) => void) {
  const { repeat } = values.recurrence;
  const number = (id: string, label: string, value: number, onChange: (value: number) => void) =>
    html`<div class="field field--short">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="number"
        min="1"
        max="52"
        .value=${String(value)}
        @change=${(event: Event) => onChange(Math.min(52, Math.max(1, Number((event.target as HTMLInputElement).value) || 1)))}
      />
    </div>`;
  switch (repeat.kind) {
    case "daily":
      return number("event-interval", t.t("everyNDays"), repeat.interval, (interval) => set({ repeat: { ...repeat, interval } }));
    case "weekly":
      return html`${number("event-interval", t.t("everyNWeeks"), repeat.interval, (interval) => set({ repeat: { ...repeat, interval } }))}
        <fieldset class="weekdays">
          <legend>${t.t("onWeekdays")}</legend>
          ${WEEKDAYS.map(
            (day) => html`<label class="weekday">
              <input
                type="checkbox"
                .checked=${repeat.days.includes(day)}
                @change=${(event: Event) => {
                  const on = (event.target as HTMLInputElement).checked;
                  const days = on ? [...repeat.days, day] : repeat.days.filter((other) => other !== day);
                  set({ repeat: { ...repeat, days: days.length ? days : repeat.days } });
                }}
              />
              ${t.t("weekday", day)}
            </label>`,
          )}
        </fieldset>`;
    case "monthly-weekday":
      return html`<div class="field-row">
        <div class="field field--short">
          <label for="event-nth">${t.t("nth")}</label>
          <select id="event-nth" @change=${(event: Event) => set({ repeat: { ...repeat, nth: Number((event.target as HTMLSelectElement).value) as Nth } })}>
            ${NTHS.map((nth) => html`<option value=${nth} ?selected=${nth === repeat.nth}>${t.t("nthName", nth)}</option>`)}
          </select>
        </div>
        <div class="field field--short">
          <label for="event-weekday">${t.t("onWeekdays")}</label>
          <select id="event-weekday" @change=${(event: Event) => set({ repeat: { ...repeat, weekday: (event.target as HTMLSelectElement).value as Weekday } })}>
            ${WEEKDAYS.map((day) => html`<option value=${day} ?selected=${day === repeat.weekday}>${t.t("weekday", day)}</option>`)}
          </select>
        </div>
      </div>`;
    case "lunar":
      return html`<div class="field-row">
          <div class="field field--short">
            <label for="event-lunar-month">${t.t("lunarMonth")}</label>
            <select id="event-lunar-month" @change=${(event: Event) => set({ repeat: { ...repeat, month: Number((event.target as HTMLSelectElement).value) } })}>
              ${Array.from({ length: 12 }, (_, index) => index + 1).map(
                (month) => html`<option value=${month} ?selected=${month === repeat.month}>${t.t("lunarMonthName", month)}</option>`,
              )}
            </select>
          </div>
          <div class="field field--short">
            <label for="event-lunar-day">${t.t("lunarDay")}</label>
            <select id="event-lunar-day" @change=${(event: Event) => set({ repeat: { ...repeat, day: Number((event.target as HTMLSelectElement).value) } })}>
              ${Array.from({ length: 30 }, (_, index) => index + 1).map(
                (day) => html`<option value=${day} ?selected=${day === repeat.day}>${t.t("lunarDayName", day)}</option>`,
              )}
            </select>
          </div>
        </div>
        <p class="field__hint">${t.t("lunarRunsOn")}</p>`;
    default:
      return nothing;
  }
}

function endChoice({ values, t }: RecurrenceViewContext, set: (next: Partial<RecurrenceChoice>) => void) {
  const { end, repeat } = values.recurrence;
  if (repeat.kind === "lunar") return nothing;
  const choose = (next: RepeatEnd) => set({ end: next });
  const radio = (kind: RepeatEnd["kind"], label: string, next: () => RepeatEnd) => html`<label class="choice">
    <input type="radio" name="event-end" .checked=${end.kind === kind} @change=${() => choose(next())} />
    ${label}
  </label>`;
  return html`<fieldset class="end">
    <legend>${t.t("endLegend")}</legend>
    ${radio("never", t.t("endNever"), () => ({ kind: "never" }))}
    ${radio("until", t.t("endUntil"), () => ({ kind: "until", date: end.kind === "until" ? end.date : values.date }))}
    ${
      end.kind === "until"
        ? html`<div class="field field--short field--nested">
            <label for="event-until">${t.t("untilDate")}</label>
            <input
              id="event-until"
              type="date"
              .value=${end.date}
              @change=${(event: Event) => {
                const date = (event.target as HTMLInputElement).value;
                if (date) choose({ kind: "until", date });
              }}
            />
          </div>`
        : nothing
    }
    ${radio("count", t.t("endCount"), () => ({ kind: "count", count: end.kind === "count" ? end.count : 10 }))}
    ${
      end.kind === "count"
        ? html`<div class="field field--short field--nested">
            <label for="event-count">${t.t("countTimes")}</label>
            <input
              id="event-count"
              type="number"
              min="1"
              max="1000"
              .value=${String(end.count)}
              @change=${(event: Event) => choose({ kind: "count", count: Math.min(1000, Math.max(1, Number((event.target as HTMLInputElement).value) || 1)) })}
            />
          </div>`
        : nothing
    }
  </fieldset>`;
}

function exceptionsView({ values, t, formatDay }: RecurrenceViewContext, set: (next: Partial<RecurrenceChoice>) => void) {
  const { exceptions } = values.recurrence;
  return html`<fieldset class="exceptions">
    <legend>${t.t("exceptionsLegend")}</legend>
    ${
      exceptions.length
        ? html`<ul class="exceptions__list">
            ${[...exceptions].sort().map(
              (day) => html`<li>
                ${formatDay(day)}
                <button type="button" class="button" @click=${() => set({ exceptions: exceptions.filter((other) => other !== day) })}>
                  ${t.t("restore", formatDay(day))}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing
    }
    <div class="field-row">
      <div class="field field--short">
        <label for="event-exception">${t.t("addException")}</label>
        <input id="event-exception" type="date" />
      </div>
      <button
        type="button"
        class="button"
        @click=${(event: Event) => {
          const input = (event.target as HTMLElement).closest(".field-row")!.querySelector("input")!;
          if (input.value && !exceptions.includes(input.value)) set({ exceptions: [...exceptions, input.value] });
          input.value = "";
        }}
      >
        ${t.t("addExceptionButton")}
      </button>
    </div>
  </fieldset>`;
}

/** The next occurrences from now, expanded by the same code as the server's; each can be left out from here. */
function preview(context: RecurrenceViewContext, firstDay: string | undefined) {
  const { values, t, timeZone, now, formatDay, formatWhen } = context;
  const checked = firstDay
    ? validateEvent({ ...values, title: values.title || "-", place: values.place || "-", category: values.category || "x" }, timeZone, t)
    : undefined;
  const body = checked?.request;
  if (!body?.recurrence) return nothing;
  const series = { start: new Date(body.start), end: new Date(body.end), allDay: values.allDay, timeZone };
  let next: ReturnType<typeof occurrencesBetween> = [];
  try {
    next = occurrencesBetween(series, body.recurrence, now, undefined, PREVIEW_COUNT);
  } catch {
    // A rule ical.js cannot step through: the field's message says so on saving.
  }
  const words = describeRecurrence(values.recurrence, values.date, t, formatDay);
  return html`<section class="preview" aria-labelledby="event-preview-heading">
    <h3 id="event-preview-heading">${t.t("previewHeading")}</h3>
    <p class="preview__rule" role="status">${words}</p>
    ${
      next.length
        ? html`<ol class="preview__list">
            ${next.map((occurrence) => {
              const day = occurrence.recurrenceId.slice(0, 10);
              return html`<li>
                <span>${formatWhen(occurrence.start)}</span>
                <button type="button" class="button" @click=${() => context.change({ ...values.recurrence, exceptions: [...values.recurrence.exceptions, day] })}>
                  <span class="visually-hidden">${formatDay(day)}</span> ${t.t("skipDay")}
                </button>
              </li>`;
            })}
          </ol>`
        : html`<p>${t.t("previewNone")}</p>`
    }
  </section>`;
}
