import { type Community, type Event, formatInstantIn, slugify } from "@community-kit/schema";
import { type CalendarDraft, UnreadableCalendar, hashOf, occurrenceId, occurrencesBetween, readCalendar } from "@community-kit/schema/ical";
import type { LocalizedMessages, SupportedLocale } from "@community-kit/ui";
import type { EventsSource } from "../events-loader.js";

type FeedErrorCode = "network_error" | "feed_not_found" | "feed_unavailable" | "invalid_feed";

export const feedMessages: LocalizedMessages<Record<FeedErrorCode, string>> = {
  "zh-CN": {
    network_error: "无法连接到日历所在的网站。请检查网络后重试。",
    feed_not_found: "找不到这个日历文件。请检查 src 属性中的地址。",
    feed_unavailable: "日历所在的网站暂时出了问题，请稍后重试。",
    invalid_feed: "这个文件不是 iCalendar 日历（.ics），无法显示。",
  },
  "zh-Hant": {
    network_error: "無法連線到行事曆所在的網站。請檢查網路後重試。",
    feed_not_found: "找不到這個行事曆檔案。請檢查 src 屬性中的網址。",
    feed_unavailable: "行事曆所在的網站暫時出了問題，請稍後重試。",
    invalid_feed: "這個檔案不是 iCalendar 行事曆（.ics），無法顯示。",
  },
  en: {
    network_error: "Could not reach the site the calendar is on. Check the connection and try again.",
    feed_not_found: "The calendar file was not found. Check the address in the src attribute.",
    feed_unavailable: "The site the calendar is on has a problem. Try again later.",
    invalid_feed: "This file is not an iCalendar calendar (.ics), so it cannot be shown.",
  },
};

/** Why a feed could not be shown, in the resident's language; told apart by name, as the SDK's errors are. */
export class CommunityFeedError extends Error {
  override readonly name = "CommunityFeedError";

  constructor(
    readonly code: FeedErrorCode,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  describe(locale: SupportedLocale): string {
    return feedMessages[locale][this.code];
  }
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** How far ahead "the next month with events" looks in a feed. */
const LOOK_AHEAD_MS = 2 * 366 * 86_400_000;

/** The calendar asks with instants; a bare day would be read as UTC midnight. */
const instantOf = (value: string | Date | undefined, otherwise: Date) => (value === undefined ? otherwise : new Date(value));

function idOf(uid: string): string {
  const local = uid.split("@")[0]!;
  return SLUG.test(local) && local.length <= 50 ? local : `ics-${hashOf(uid)}`;
}

/** Category ids must be slugs; a feed's categories are words in any script, unless Community Kit wrote it with its ids. */
const categoryIdOf = (draft: CalendarDraft) => draft.categoryId ?? (draft.category ? slugify(draft.category) || `c-${hashOf(draft.category)}` : "other");

function eventOf(draft: CalendarDraft, id: string, start: Date, end: Date, updatedAt: string): Event {
  const event: Event = {
    id,
    title: draft.title,
    description: draft.description,
    start: formatInstantIn(start, draft.timezone),
    end: formatInstantIn(end, draft.timezone),
    allDay: draft.allDay,
    timezone: draft.timezone,
    location: draft.location,
    category: categoryIdOf(draft),
    updatedAt,
  };
  if (draft.organizer) event.organizer = draft.organizer;
  if (draft.url) event.url = draft.url;
  if (draft.capacity !== undefined) event.capacity = draft.capacity;
  if (draft.status) event.status = draft.status;
  return event;
}

function eventsOverlapping(drafts: CalendarDraft[], from: Date, to: Date, updatedAt: string): Event[] {
  const events: Event[] = [];
  for (const draft of drafts) {
    const id = idOf(draft.uid);
    if (draft.recurrence) {
      const series = { start: draft.start, end: draft.end, allDay: draft.allDay, timeZone: draft.timezone };
      for (const occurrence of occurrencesBetween(series, draft.recurrence, from, to, 1000)) {
        events.push(eventOf(draft, occurrenceId(id, occurrence.recurrenceId), occurrence.start, occurrence.end, updatedAt));
      }
    } else if (draft.end > from && draft.start < to) {
      events.push(eventOf(draft, id, draft.start, draft.end, updatedAt));
    }
  }
  return events.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/**
 * An iCalendar feed read in the browser, with no server: fetched once, then
 * expanded (recurrence included) for whatever days the calendar shows. It
 * answers as the API client does, so the calendar's states all work alike.
 */
export async function feedSource(src: string, fallbackZone: string, now: () => Date, signal?: AbortSignal): Promise<EventsSource> {
  const url = new URL(src, document.baseURI).href;
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: "text/calendar" } });
  } catch (error) {
    throw new CommunityFeedError("network_error", `Could not reach ${url}`, undefined, { cause: error });
  }
  if (!response.ok) {
    throw new CommunityFeedError(response.status >= 500 ? "feed_unavailable" : "feed_not_found", `${url} answered ${response.status}`, response.status);
  }
  let read: ReturnType<typeof readCalendar>;
  try {
    read = readCalendar(await response.text(), fallbackZone);
  } catch (error) {
    if (error instanceof UnreadableCalendar) throw new CommunityFeedError("invalid_feed", error.message, response.status, { cause: error });
    throw error;
  }
  const updatedAt = now().toISOString();
  // Each category once, by id, with the name people read (a Community Kit feed names "class" 课堂).
  const categoryNames = new Map(read.events.map((draft) => [categoryIdOf(draft), draft.category ?? "other"]));
  const community: Community = {
    id: "feed",
    name: read.name ?? "",
    timezone: read.timezone,
    locale: "zh-CN",
    address: "",
    categories: [...categoryNames].map(([id, name]) => ({ id, name })),
    privacy: { controller: "", contact: "", retentionDays: 0 },
  };
  return {
    communityId: "feed",
    community: async () => community,
    events: {
      listAll: async (range = {}) => {
        const from = instantOf(range.from, now());
        return eventsOverlapping(read.events, from, instantOf(range.to, new Date(from.getTime() + LOOK_AHEAD_MS)), updatedAt);
      },
      list: async (params = {}) => {
        const from = instantOf(params.from, now());
        const items = eventsOverlapping(read.events, from, new Date(from.getTime() + LOOK_AHEAD_MS), updatedAt).slice(0, params.limit ?? 100);
        return { items, nextCursor: null };
      },
    },
  };
}
