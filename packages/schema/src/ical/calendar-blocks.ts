/**
 * An iCalendar file cut into its parts before ical.js reads them, so that one
 * broken event (an Exchange RRULE of `BYDAY=MO, TU`, a line without a colon)
 * costs that event, not the file, and every problem can name its line.
 */

/** A content line with folded continuations joined, and the line of the file it starts on. */
interface ContentLine {
  text: string;
  line: number;
}

/** A component of the calendar as text: a VEVENT, or a VTIMEZONE. */
export interface CalendarBlock {
  name: string;
  /** Its BEGIN line in the file, 1-based. */
  line: number;
  text: string;
  /** Why it cannot be read whole (no END), if so. */
  broken?: string;
}

export interface CalendarBlocks {
  /** The calendar's own properties (X-WR-CALNAME, X-WR-TIMEZONE, …), as a calendar ical.js can read. */
  calendarText: string;
  timezones: CalendarBlock[];
  events: CalendarBlock[];
  /** Whether the events came inside a VCALENDAR (khal's single-event files do not). */
  wrapped: boolean;
  /** Lines that are no content line at all, with their numbers. */
  strayLines: number[];
  /** END:VCALENDAR was missing: the file was cut off. */
  unterminated: boolean;
}

/** Unfolds (RFC 5545 §3.1: a line break followed by a space or tab continues the line); CRLF, LF or a lone CR end lines. */
function contentLines(source: string): ContentLine[] {
  const lines: ContentLine[] = [];
  source.split(/\r\n|\n|\r/).forEach((raw, index) => {
    if ((raw.startsWith(" ") || raw.startsWith("\t")) && lines.length) lines.at(-1)!.text += raw.slice(1);
    else if (raw.trim()) lines.push({ text: raw, line: index + 1 });
  });
  return lines;
}

const componentName = (line: string, keyword: "BEGIN" | "END") => {
  const match = new RegExp(`^${keyword}:(.+)$`, "i").exec(line.trim());
  return match ? match[1]!.trim().toUpperCase() : undefined;
};

/** A line ical.js can read: a name, its parameters, a colon and a value. */
const isContentLine = (text: string) => /^[A-Za-z0-9-]+(;[^:]*)?:/.test(text);

export function calendarBlocks(source: string): CalendarBlocks {
  const lines = contentLines(source);
  const calendarProperties: string[] = [];
  const timezones: CalendarBlock[] = [];
  const events: CalendarBlock[] = [];
  const strayLines: number[] = [];
  let wrapped = false;
  let unterminated = false;
  let open: { name: string; line: number; lines: string[]; depth: number } | undefined;
  let inCalendar = false;

  for (const { text, line } of lines) {
    const begins = componentName(text, "BEGIN");
    const ends = componentName(text, "END");
    if (open) {
      open.lines.push(text);
      if (begins) open.depth++;
      if (ends && --open.depth === 0) {
        const block = { name: open.name, line: open.line, text: open.lines.join("\r\n") };
        if (open.name === "VTIMEZONE") timezones.push(block);
        else if (open.name === "VEVENT") events.push(block);
        open = undefined;
      } else if (begins === "VEVENT" && open.name === "VEVENT" && open.depth === 2) {
        // A VEVENT that never ended, and the next one begins: the first is cut off.
        events.push({ name: "VEVENT", line: open.line, text: "", broken: "it has no END:VEVENT" });
        open = { name: "VEVENT", line, lines: [text], depth: 1 };
      }
      continue;
    }
    if (begins === "VCALENDAR") {
      wrapped = inCalendar = true;
    } else if (ends === "VCALENDAR") {
      inCalendar = false;
    } else if (begins) {
      open = { name: begins, line, lines: [text], depth: 1 };
    } else if (!isContentLine(text)) {
      strayLines.push(line);
    } else if (inCalendar) {
      calendarProperties.push(text);
    }
  }
  if (open) {
    if (open.name === "VEVENT") events.push({ name: "VEVENT", line: open.line, text: "", broken: "it has no END:VEVENT" });
    unterminated = true;
  } else if (inCalendar) {
    unterminated = true;
  }
  return { calendarText: ["BEGIN:VCALENDAR", ...calendarProperties, "END:VCALENDAR"].join("\r\n"), timezones, events, wrapped, strayLines, unterminated };
}
