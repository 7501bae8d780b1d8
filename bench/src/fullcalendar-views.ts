// FullCalendar 7 with the views <community-events> offers (month grid and list),
// for the size comparison: what a page would load for the same job.
import { Calendar } from "fullcalendar";
import dayGridPlugin from "fullcalendar/daygrid";
import listPlugin from "fullcalendar/list";
import classicTheme from "fullcalendar/themes/classic";
import "fullcalendar/skeleton.css";
import "fullcalendar/themes/classic/theme.css";
import "fullcalendar/themes/classic/palette.css";

export function mountCalendar(element: HTMLElement): Calendar {
  const calendar = new Calendar(element, { plugins: [dayGridPlugin, listPlugin, classicTheme], initialView: "dayGridMonth" });
  calendar.render();
  return calendar;
}
