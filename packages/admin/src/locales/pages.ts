import type { LocalizedMessages } from "@community-kit/ui";

/** The words of the console's pager, the same under every long list: a few bytes, so all three languages come at once. */
const zhCN = {
  previousPage: "上一页",
  nextPage: "下一页",
  /** "第 2 页", or "第 2 / 5 页" where the count is known. */
  pagePosition: (page: number, pages?: number) => (pages ? `第 ${page} / ${pages} 页` : `第 ${page} 页`),
};
export type PageMessages = typeof zhCN;

export const pageMessages: LocalizedMessages<PageMessages> = {
  "zh-CN": zhCN,
  "zh-Hant": {
    previousPage: "上一頁",
    nextPage: "下一頁",
    pagePosition: (page, pages) => (pages ? `第 ${page} / ${pages} 頁` : `第 ${page} 頁`),
  },
  en: {
    previousPage: "Previous page",
    nextPage: "Next page",
    pagePosition: (page, pages) => (pages ? `Page ${page} of ${pages}` : `Page ${page}`),
  },
};
