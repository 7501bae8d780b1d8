import { isPlainDate } from "@community-kit/ui/calendar";
import type { SetupProblem } from "@community-kit/ui";
import type { Setup } from "./locales/setup.js";
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

/** Each attribute or event the calendar could not use and fell back from, for the web team. */
export function attributeProblems(attributes: CalendarAttributes, data: ReadData): SetupProblem<Setup>[] {
  const problems: SetupProblem<Setup>[] = [];
  if (!isView(attributes.view)) problems.push(["invalidView", String(attributes.view)]);
  if (attributes.date !== undefined && !isPlainDate(attributes.date)) problems.push(["invalidDate", attributes.date]);
  if (attributes.timezone?.trim() && !data.validTimezone) problems.push(["invalidTimezone", attributes.timezone]);
  if (data.invalidEvents > 0) problems.push(["invalidEvents", data.invalidEvents]);
  return problems;
}
