import { parseInert } from "@community-kit/ui";
import { addDays } from "@community-kit/ui/calendar";
import type { CalendarEvent } from "./calendar-event.js";

/** RFC 5545 text: backslash, semicolon, comma and newlines escaped. */
function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Lines longer than 75 octets are folded, never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function dayStamp(day: string): string {
  return day.replace(/-/g, "");
}

/** Text of an HTML description, for calendar apps that show plain text. */
function plainText(description: string): string {
  if (!/<[a-z][\s\S]*>/i.test(description)) return description;
  const withBreaks = description.replace(/<\/(p|div|li|h\d)>|<br\s*\/?>/gi, "$&\n");
  let text: string;
  try {
    text = parseInert(withBreaks).body.textContent ?? "";
  } catch {
    // A page enforcing Trusted Types without our policy: the tags dropped roughly beats no calendar file.
    text = withBreaks.replace(/<[^>]*>/g, "");
  }
  return text.replace(/\n{3,}/g, "\n\n").trim();
}

/** An iCalendar file with this one event, for "Add to calendar". */
export function eventToIcs(event: CalendarEvent, now = new Date()): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Community Kit//community-events//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${escapeText(event.id)}@community-kit`,
    `DTSTAMP:${utcStamp(now)}`,
  ];
  if (event.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${dayStamp(event.startDay)}`);
    lines.push(`DTEND;VALUE=DATE:${dayStamp(addDays(event.lastDay, 1))}`);
  } else {
    lines.push(`DTSTART:${utcStamp(event.start)}`, `DTEND:${utcStamp(event.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  if (event.location) {
    const place = [event.location.name, event.location.address].filter(Boolean).join(", ");
    lines.push(`LOCATION:${escapeText(place)}`);
    if (event.location.lat !== undefined && event.location.lng !== undefined) lines.push(`GEO:${event.location.lat};${event.location.lng}`);
  }
  if (event.description) lines.push(`DESCRIPTION:${escapeText(plainText(event.description))}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push("END:VEVENT", "END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

/** A file name for the download: the title, safe on every system. */
export function icsFileName(event: CalendarEvent): string {
  const base = event.title
    .replace(/[\\/:*?"<>|\s]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${base || "event"}.ics`;
}
