/**
 * The floor the calendars are measured against: the same month grid as
 * plain HTML, laid out beforehand (untimed), so that what is timed is the
 * browser's own work to show it: parsing, style, layout and paint. Going to
 * the next month writes the prepared texts into the same nodes in place,
 * the least a page can do to change what a grid shows.
 */
import { type PlainDate, addDays, layoutMonth, monthGrid } from "@community-kit/ui/calendar";
import type { BenchEvent } from "./events-data.js";

const LANES = 3;

interface Slot {
  /** empty when no event is in this lane of this day */
  time: string;
  title: string;
  span: number;
  bar: boolean;
}

/** One month as the grid shows it: per day its number, its lanes and how many more. */
export interface StaticMonth {
  days: Array<{ number: string; outside: boolean; lanes: Slot[]; more: string }>;
}

const two = (n: number) => String(n).padStart(2, "0");

/** Lays out the month of `day` as <community-events> does in English (same lanes, same "+N more", weeks from Sunday). */
export function prepareMonth(events: BenchEvent[], day: PlainDate): StaticMonth {
  const grid = monthGrid(day, 7);
  const spans = events.map((event) => {
    const startDay = event.start.slice(0, 10) as PlainDate;
    // All-day ends are exclusive days; timed events here start and end on one Shanghai day.
    const lastDay = event.allDay ? addDays(event.end.slice(0, 10) as PlainDate, -1) : startDay;
    return { startDay, lastDay: lastDay < startDay ? startDay : lastDay, allDay: event.allDay, startTime: Date.parse(event.start), title: event.title };
  });
  const weeks = layoutMonth(grid, spans, LANES);
  const month = day.slice(0, 7);
  return {
    days: weeks.flatMap((week) =>
      week.days.map((date, column) => {
        const lanes: Slot[] = Array.from({ length: LANES }, () => ({ time: "", title: "", span: 1, bar: false }));
        for (const segment of week.segments.filter((s) => s.column === column)) {
          const start = new Date(segment.item.startTime + 8 * 3_600_000);
          lanes[segment.lane] = {
            time: segment.item.allDay ? "" : `${two(start.getUTCHours())}:${two(start.getUTCMinutes())}`,
            title: segment.item.title,
            span: segment.span,
            bar: segment.item.allDay,
          };
        }
        const hidden = week.hiddenCounts[column]!;
        return { number: String(Number(date.slice(8))), outside: date.slice(0, 7) !== month, lanes, more: hidden ? `+${hidden} more` : "" };
      }),
    ),
  };
}

const STYLE = `
.static-month { display: grid; border: 1px solid #d0d7de; border-radius: 6px; overflow: hidden; font: 16px/1.4 system-ui, sans-serif; }
.static-month .row { display: grid; grid-template-columns: repeat(7, minmax(0, 1fr)); }
.static-month .row + .row { border-top: 1px solid #d0d7de; }
.static-month .heading { padding: 0.25em; text-align: center; font-weight: 600; background: #f6f8fa; }
.static-month .day { position: relative; display: grid; grid-template-rows: auto 4.27em 1.5em; min-width: 0; }
.static-month .day + .day { border-left: 1px solid #d0d7de; }
.static-month .outside { background: #f6f8fa; color: #57606a; }
.static-month .number { padding: 0.125em 0.25em 0; font-weight: 600; }
.static-month .events { position: relative; font-size: 0.8125em; }
.static-month .event { position: absolute; left: 2px; height: calc(1.75em - 2px); display: flex; align-items: center; gap: 0.25em; padding: 0 0.3em;
  overflow: hidden; border: 0; border-radius: 3px; background: transparent; font: inherit; white-space: nowrap; text-align: start; }
.static-month .event[hidden] { display: none; }
.static-month .bar { background: #0969da; color: #fff; }
.static-month .title { overflow: hidden; text-overflow: ellipsis; }
.static-month .more { justify-self: start; margin: 0 0.25em; border: 0; background: none; color: #0969da; font-size: 0.8125em; text-decoration: underline; }
.static-month .more[hidden] { visibility: hidden; }
`;

function slotHtml(slot: Slot, lane: number): string {
  return `<button class="event${slot.bar ? " bar" : ""}" style="top:${lane * 1.75}em;width:calc(${slot.span} * (100% + 1px) - 5px)"${slot.title ? "" : " hidden"}><span class="time">${slot.time}</span><span class="title">${slot.title}</span></button>`;
}

/** The whole grid as one string, built before the clock starts. */
export function staticMonthHtml(month: StaticMonth): string {
  const headings = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].map((name) => `<div class="heading">${name}</div>`).join("");
  let html = `<style>${STYLE}</style><div class="static-month"><div class="row">${headings}</div>`;
  for (let week = 0; week < 6; week++) {
    html += `<div class="row">`;
    for (const day of month.days.slice(week * 7, week * 7 + 7)) {
      html += `<div class="day${day.outside ? " outside" : ""}"><div class="number">${day.number}</div><div class="events">${day.lanes.map(slotHtml).join("")}</div><button class="more"${day.more ? "" : " hidden"}>${day.more}</button></div>`;
    }
    html += `</div>`;
  }
  return `${html}</div>`;
}

/** Writes another month into a grid made by staticMonthHtml, in place. */
export function showStaticMonth(host: HTMLElement, month: StaticMonth): void {
  const cells = host.querySelectorAll<HTMLElement>(".day");
  month.days.forEach((day, index) => {
    const cell = cells[index]!;
    cell.classList.toggle("outside", day.outside);
    cell.querySelector(".number")!.textContent = day.number;
    cell.querySelectorAll<HTMLElement>(".event").forEach((button, lane) => {
      const slot = day.lanes[lane]!;
      button.hidden = !slot.title;
      button.classList.toggle("bar", slot.bar);
      button.style.width = `calc(${slot.span} * (100% + 1px) - 5px)`;
      button.firstElementChild!.textContent = slot.time;
      button.lastElementChild!.textContent = slot.title;
    });
    const more = cell.querySelector<HTMLElement>(".more")!;
    more.hidden = !day.more;
    more.textContent = day.more;
  });
}
