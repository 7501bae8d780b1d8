// Every message of every widget in every locale: a key missing from a table, an
// empty message or one that says "undefined" fails here, whatever the types claim.
import { type LazyMessages, type LocalizedMessages, type MessageTable, SUPPORTED_LOCALES, type SupportedLocale, commonMessages } from "../../ui/src/index.js";
import { describe, expect, it } from "vitest";
import { feedMessages } from "../../events/src/feed/feed-source.js";
import { eventsMessages } from "../../events/src/locales/index.js";
import { dialogMessages } from "../../events/src/locales/dialog/index.js";
import { myRegistrationsMessages } from "../../events/src/my-registrations/messages.js";
import { partnerMapMessages } from "../../partner-map/src/locales/index.js";
import { bookingMessages } from "../../rooms/src/locales/booking/index.js";
import { roomsMessages } from "../../rooms/src/locales/index.js";
import { submitMessages } from "../../ui/src/form/submit-failure.js";
import { volunteerMessages } from "../../volunteers/src/locales/index.js";

const TABLES: Record<string, LazyMessages<MessageTable> | LocalizedMessages<MessageTable>> = {
  common: commonMessages,
  "forms' sending": submitMessages,
  events: eventsMessages,
  "event dialog": dialogMessages,
  "my registrations": myRegistrationsMessages,
  "iCalendar feed": feedMessages,
  rooms: roomsMessages,
  "room booking": bookingMessages,
  volunteers: volunteerMessages,
  "partner map": partnerMapMessages,
};

async function table(messages: LazyMessages<MessageTable> | LocalizedMessages<MessageTable>, locale: SupportedLocale): Promise<MessageTable> {
  if (locale === "zh-CN" || !("load" in messages)) return (messages as LocalizedMessages<MessageTable>)[locale];
  return messages.load[locale]();
}

/** A message as a reader gets it: functions are called with numbers, and with names if numbers do not suit them. */
function say(message: MessageTable[string]): string {
  if (typeof message === "string") return message;
  const call = (sample: unknown) => {
    try {
      return (message as (...values: unknown[]) => string)(...Array.from({ length: message.length }, () => sample));
    } catch {
      return "";
    }
  };
  const withNumbers = call(3);
  return withNumbers.trim() && !/NaN|undefined/.test(withNumbers) ? withNumbers : call("Riverside");
}

/** Characters only simplified Chinese writes (its traditional forms differ): a sign of zh-CN text left in zh-Hant. */
const SIMPLIFIED_ONLY = /[这们为设载数据络击时间择务单签会处动开关预约请认证号码网页愿报称览书画费确显删输选项类从见觉说话读写账户门问题]/;

describe("messages", () => {
  for (const [name, messages] of Object.entries(TABLES)) {
    it(`${name}: every locale has every message, each one readable`, async () => {
      const reference = await table(messages, "zh-CN");
      for (const locale of SUPPORTED_LOCALES) {
        const messagesOf = await table(messages, locale);
        expect(Object.keys(messagesOf).sort(), `${name} ${locale}`).toEqual(Object.keys(reference).sort());
        for (const [key, message] of Object.entries(messagesOf)) {
          const reference_ = reference[key]!;
          expect(typeof message, `${name} ${locale} ${key}`).toBe(typeof reference_);
          if (typeof message === "function")
            expect(message.length, `${name} ${locale} ${key} takes the values zh-CN takes`).toBe((reference_ as () => string).length);
          const text = say(message);
          expect(text.trim(), `${name} ${locale} ${key}`).not.toBe("");
          expect(text, `${name} ${locale} ${key}`).not.toMatch(/undefined|NaN|\[object /);
          if (locale === "en") expect(text, `${name} en ${key} is in English`).not.toMatch(/[\u4e00-\u9fff]/);
          if (locale === "zh-Hant") expect(text, `${name} zh-Hant ${key} is in traditional characters`).not.toMatch(SIMPLIFIED_ONLY);
        }
      }
    });
  }
});
