import { type TemplateResult, html, nothing } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { Localizer } from "@community-kit/ui";
import { dateFormatter } from "@community-kit/ui/calendar";
import type { CalendarEvent } from "../calendar-event.js";
import { decodedText, looksLikeHtml } from "./description-html.js";
import { browserTimeZone } from "../format.js";
import type { DialogMessages } from "../locales/dialog/index.js";
import type { ViewContext } from "../views/view-context.js";

export interface EventDialogState {
  event: CalendarEvent | undefined;
  /** The description as HTML that DOMPurify has cleaned, when it was HTML; null to show it as text. */
  sanitizedDescription: string | null | undefined;
  /** The registration form or its confirmation, when the event takes registrations. */
  registration: TemplateResult | typeof nothing;
  /** The dialog's words, loaded with it. */
  t: Localizer<DialogMessages>;
}

export interface EventDialogActions {
  close(): void;
  downloadIcs(event: CalendarEvent): Promise<void>;
  closed(): void;
}

function mapLink(event: CalendarEvent, chinese: boolean): string | undefined {
  const location = event.location;
  if (!location) return undefined;
  const { lat, lng, name, address } = location;
  if (lat !== undefined && lng !== undefined) {
    // AMap converts WGS-84 itself when told the coordinate system; residents in China use it.
    return chinese
      ? `https://uri.amap.com/marker?position=${lng},${lat}&name=${encodeURIComponent(name)}&coordinate=wgs84&callnative=0`
      : `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=18/${lat}/${lng}`;
  }
  const query = encodeURIComponent(address ?? name);
  return chinese ? `https://uri.amap.com/search?keyword=${query}` : `https://www.openstreetmap.org/search?query=${query}`;
}

const AUDIENCE_KEYS = {
  everyone: "audienceEveryone",
  elders: "audienceElders",
  children: "audienceChildren",
  families: "audienceFamilies",
  youth: "audienceYouth",
} as const;

/** Whether two zones' clocks read the same at `at`: then the zone goes unsaid (a Chinese site's readers are in China's). */
function sameClock(at: Date, zone: string, other: string): boolean {
  const offset = (timeZone: string) => new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }).format(at).split(" ").pop();
  return offset(zone) === offset(other);
}

function details(event: CalendarEvent, t: Localizer<DialogMessages>, context: ViewContext) {
  const { locale, timeZone } = context;
  const chinese = locale.messages !== "en";
  const link = mapLink(event, chinese);
  // Places left mean nothing once an event is over: it says so instead.
  const over = event.end <= context.now();
  const remaining = event.capacity !== undefined && !over ? Math.max(0, event.capacity - (event.registeredCount ?? 0)) : undefined;
  return html`<dl class="dialog__facts">
    <div>
      <dt>${t.t("when")}</dt>
      <dd>
        ${timeRange(event.start, event.end, event.allDay, locale.intl, timeZone)}
        ${
          sameClock(event.start, timeZone, browserTimeZone())
            ? nothing
            : html`<span class="dialog__zone" part="time-zone">${t.t("timeZoneNote", timeZoneName(event.start, locale.intl, timeZone))}</span>`
        }
      </dd>
    </div>
    ${
      event.location
        ? html`<div>
          <dt>${t.t("where")}</dt>
          <dd>
            ${event.location.name}${event.location.address ? html`<br /><span class="dialog__address">${event.location.address}</span>` : nothing}
            ${link ? html`<br /><a href=${link} target="_blank" rel="noopener noreferrer" part="map-link">${t.t("openMap")}</a>` : nothing}
          </dd>
        </div>`
        : nothing
    }
    ${event.organizer ? html`<div><dt>${t.t("organizer")}</dt><dd>${event.organizer}</dd></div>` : nothing}
    ${event.audience ? html`<div><dt>${t.t("audience")}</dt><dd>${t.t(AUDIENCE_KEYS[event.audience])}</dd></div>` : nothing}
    ${
      event.capacity !== undefined && remaining !== undefined
        ? html`<div><dt>${t.t("capacity")}</dt><dd class=${remaining === 0 ? "dialog__full" : ""}>${t.t("capacityText", event.capacity, remaining)}</dd></div>`
        : nothing
    }
    ${over ? html`<div><dt>${t.t("status")}</dt><dd class="dialog__over" part="event-over">${t.t("eventOver")}</dd></div>` : nothing}
    ${
      // Why there is no form: registration was taken and is closed now (a cancelled event says so above).
      !over && !event.cancelled && event.registration && !event.registration.open
        ? html`<div><dt>${t.t("status")}</dt><dd part="registration-closed">${t.t("registrationClosed")}</dd></div>`
        : nothing
    }
  </dl>`;
}

function description(event: CalendarEvent, sanitized: string | null | undefined) {
  if (!event.description) return nothing;
  if (!looksLikeHtml(event.description)) return html`<div class="dialog__description dialog__description--text">${decodedText(event.description)}</div>`;
  if (sanitized === null) return html`<div class="dialog__description dialog__description--text">${event.description}</div>`;
  // Until DOMPurify has cleaned it, HTML is never rendered.
  return sanitized === undefined ? nothing : html`<div class="dialog__description">${unsafeHTML(sanitized)}</div>`;
}

/** The event's details in a modal dialog; Escape closes it and focus returns to where it was. */
export function eventDialog(state: EventDialogState, context: ViewContext, actions: EventDialogActions) {
  const event = state.event;
  return html`<dialog class="dialog" part="dialog" aria-labelledby="dialog-title" @close=${actions.closed}>
    ${
      event
        ? html`<div class="dialog__header">
            <h2 class="dialog__title" id="dialog-title">${event.title}</h2>
            <button type="button" class="button dialog__close" part="button close" aria-label=${context.common.t("close")} @click=${actions.close}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          ${event.cancelled ? html`<p class="dialog__cancelled">${state.t.t("cancelledNotice")}</p>` : nothing}
          ${details(event, state.t, context)} ${description(event, state.sanitizedDescription)} ${state.registration}
          <div class="dialog__actions">
            <button type="button" class="button" part="button add-to-calendar" @click=${() => void actions.downloadIcs(event)}>
              ${state.t.t("addToCalendar")}
            </button>
            ${event.url ? html`<a class="button" href=${event.url} target="_blank" rel="noopener noreferrer">${state.t.t("moreInfo")}</a>` : nothing}
          </div>`
        : nothing
    }
  </dialog>`;
}

/** The whole time range: days for all-day events, days and times otherwise. */
function timeRange(start: Date, end: Date, allDay: boolean, locale: string, timeZone: string): string {
  if (allDay) {
    const lastMoment = new Date(Math.max(start.getTime(), end.getTime() - 1));
    return dateFormatter(locale, { dateStyle: "full", timeZone }).formatRange(start, lastMoment);
  }
  return dateFormatter(locale, { dateStyle: "full", timeStyle: "short", timeZone }).formatRange(start, end);
}

/** 中国标准时间 / China Standard Time */
function timeZoneName(at: Date, locale: string, timeZone: string): string {
  const parts = dateFormatter(locale, { timeZone, timeZoneName: "long" }).formatToParts(at);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}
