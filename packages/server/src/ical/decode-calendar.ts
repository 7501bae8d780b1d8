import { TextDecoder } from "node:util";
import { UnreadableCalendar } from "@community-kit/schema/ical";
import { analyse } from "chardet";

/** What a file's bytes were read as, when that was not UTF-8. */
export interface DecodedCalendar {
  text: string;
  /** Set when the file was read in another charset than UTF-8, and how that was known. */
  note?: string;
}

/** How sure chardet must be before a charset nobody named is taken: GBK files score 97–100, a cp1251 one 21. */
const CLEARLY = 90;

function decoderFor(charset: string): TextDecoder | undefined {
  try {
    return new TextDecoder(charset, { fatal: true });
  } catch {
    return undefined;
  }
}

/** The line of the first byte that is not UTF-8, for the message. */
function firstBadLine(bytes: Uint8Array): number {
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
}

/**
 * The text of an iCalendar file from its bytes. iCalendar is UTF-8, but
 * Chinese offices still export GBK, Outlook UTF-16, and old tools
 * windows-1251: a file is read as UTF-8 (or UTF-16 by its byte-order mark),
 * else in the charset it names (`CHARSET=…`), else in one chardet finds
 * clearly; otherwise it is refused with a message that says why, rather
 * than stored as garbled text.
 */
export function decodeCalendar(bytes: Uint8Array): DecodedCalendar {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes), note: "Read the file as UTF-16, as its byte-order mark says" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes), note: "Read the file as UTF-16, as its byte-order mark says" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: what the file says it is, or what it clearly is.
  }
  const declared = /CHARSET="?([A-Za-z0-9_-]+)/i.exec(new TextDecoder("latin1").decode(bytes))?.[1];
  if (declared) {
    try {
      const text = decoderFor(declared)?.decode(bytes);
      if (text !== undefined) return { text, note: `Read the file as ${declared.toUpperCase()}, the charset it names` };
    } catch {
      throw new UnreadableCalendar(`The file names the charset ${declared}, but its bytes are not ${declared}`);
    }
  }
  const [guess] = analyse(bytes);
  const decoder = guess && guess.confidence >= CLEARLY ? decoderFor(guess.name) : undefined;
  if (guess && decoder) {
    try {
      return { text: decoder.decode(bytes), note: `Read the file as ${guess.name}: it is not UTF-8, names no charset, and is clearly ${guess.name}` };
    } catch {
      // chardet was wrong after all: refused below.
    }
  }
  const likely = guess ? ` It may be ${guess.name}, but that is not clear (${guess.confidence}%).` : "";
  throw new UnreadableCalendar(
    `The file is not UTF-8 (line ${firstBadLine(bytes)} has bytes that are not) and names no charset.${likely} Save it as UTF-8, or say its charset with CHARSET= on its text properties.`,
  );
}
