import { isPlainDate } from "@community-kit/ui/calendar";
import type { Localizer } from "@community-kit/ui";
import type { EventsMessages } from "./locales/index.js";
import { isView } from "./views/calendar-views.js";

/** What the page set, as written. */
interface CalendarAttributes {
  view: string;
  date?: string;
  timezone?: string;
}

/** What the calendar made of it. */
interface ReadData {
  validTimezone: string | undefined;
  invalidEvents: number;
}

/** A quiet notice for each attribute or event the calendar could not use and fell back from. */
export function attributeNotices(attributes: CalendarAttributes, data: ReadData, t: Localizer<EventsMessages>): string[] {
  const notices: string[] = [];
  if (!isView(attributes.view)) notices.push(t.t("invalidView", String(attributes.view)));
  if (attributes.date !== undefined && !isPlainDate(attributes.date)) notices.push(t.t("invalidDate", attributes.date));
  if (attributes.timezone?.trim() && !data.validTimezone) notices.push(t.t("invalidTimezone", attributes.timezone));
  if (data.invalidEvents > 0) notices.push(t.t("invalidEvents", data.invalidEvents));
  return notices;
}
