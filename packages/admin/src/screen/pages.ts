import { Localizer, type SupportedLocale } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { ReactiveControllerHost } from "lit";
import { pageMessages } from "../locales/pages.js";

export interface PageWords {
  previous: string;
  next: string;
  /** "第 2 页", or "第 2 / 5 页" where the count is known. */
  position: (page: number, pages?: number) => string;
}

/** The pager's words in the screen's language. */
export function pageWords(locale: SupportedLocale): PageWords {
  const t = new Localizer(pageMessages, locale);
  return { previous: t.t("previousPage"), next: t.t("nextPage"), position: (page, pages) => t.t("pagePosition", page, pages) };
}

/** How many of a list read whole show at once. */
export const PAGE_SIZE = 20;

/**
 * The buttons under a list shown a page at a time, and where in it this page is. Both buttons
 * stay, marked unavailable at either end, so that focus is not lost when the last page is reached.
 * Nothing when everything fits on one page.
 */
export function pageButtons(
  label: string,
  words: PageWords,
  at: { page: number; pages?: number; hasPrevious: boolean; hasNext: boolean },
  onPage: (direction: -1 | 1) => void,
) {
  if (!at.hasPrevious && !at.hasNext) return nothing;
  const button = (direction: -1 | 1, available: boolean, text: string) =>
    html`<button type="button" class="button" aria-disabled=${available ? "false" : "true"} @click=${() => available && onPage(direction)}>${text}</button>`;
  return html`<nav class="pages" aria-label=${label}>
    ${button(-1, at.hasPrevious, words.previous)}
    <span class="pages__position" role="status">${words.position(at.page, at.pages)}</span>
    ${button(1, at.hasNext, words.next)}
  </nav>`;
}

/** A list read whole (partners, staff, keys), shown PAGE_SIZE at a time. */
export class ListPages {
  private index = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** This page of `items`, and the buttons to the others; a list that shrank keeps to its last page. */
  show<T>(items: readonly T[], label: string, words: PageWords) {
    const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
    this.index = Math.min(this.index, pages - 1);
    const start = this.index * PAGE_SIZE;
    return {
      items: items.slice(start, start + PAGE_SIZE),
      buttons: pageButtons(label, words, { page: this.index + 1, pages, hasPrevious: this.index > 0, hasNext: this.index < pages - 1 }, (direction) => {
        this.index += direction;
        this.host.requestUpdate();
      }),
    };
  }
}

/** A list the server reads a page at a time by cursor (events, the audit log): the cursors of the pages before this one, and this one's. */
export class CursorPages {
  private cursors: (string | undefined)[] = [undefined];

  constructor(private readonly host: ReactiveControllerHost) {}

  get cursor(): string | undefined {
    return this.cursors.at(-1);
  }

  /** Back to the first page, as when the filters change. */
  restart(): void {
    this.cursors = [undefined];
    this.host.requestUpdate();
  }

  buttons(label: string, words: PageWords, nextCursor: string | null | undefined) {
    return pageButtons(label, words, { page: this.cursors.length, hasPrevious: this.cursors.length > 1, hasNext: Boolean(nextCursor) }, (direction) => {
      this.cursors = direction > 0 ? [...this.cursors, nextCursor ?? undefined] : this.cursors.slice(0, -1);
      this.host.requestUpdate();
    });
  }
}
