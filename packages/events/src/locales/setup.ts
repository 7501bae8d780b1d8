import type { SetupMessages } from "@community-kit/ui";

// What the calendar tells a page's web team in the console about how the page set it up;
// loaded only by a page that has something to tell, so residents' pages never carry it.
const zhCN = {
  notConfigured: () => "还没有设置数据来源：请设置 api 和 community 属性，或传入 events 数据。",
  invalidView: (value: string) => `不支持的视图“${value}”，已显示月视图（可用：month、week、day、list）。`,
  invalidDate: (value: string) => `日期“${value}”无效，已显示本月（格式：2026-06-19）。`,
  invalidTimezone: (value: string) => `时区“${value}”无效，已使用社区的时区。`,
  invalidEvents: (count: number) => `有 ${count} 个活动的数据无效，未显示。`,
};

export type Setup = typeof zhCN;

export const eventsSetup: SetupMessages<Setup> = {
  "zh-CN": zhCN,
  "zh-Hant": {
    notConfigured: () => "尚未設定資料來源：請設定 api 與 community 屬性，或傳入 events 資料。",
    invalidView: (value: string) => `不支援的檢視「${value}」，已顯示月檢視（可用：month、week、day、list）。`,
    invalidDate: (value: string) => `日期「${value}」無效，已顯示本月（格式：2026-06-19）。`,
    invalidTimezone: (value: string) => `時區「${value}」無效，已使用社區的時區。`,
    invalidEvents: (count: number) => `有 ${count} 個活動的資料無效，未顯示。`,
  },
  en: {
    notConfigured: () => "No data source yet: set the api and community attributes, or pass events.",
    invalidView: (value: string) => `The view “${value}” is not supported; showing the month (use month, week, day or list).`,
    invalidDate: (value: string) => `The date “${value}” is not valid; showing this month (format: 2026-06-19).`,
    invalidTimezone: (value: string) => `The time zone “${value}” is not valid; using the community's.`,
    invalidEvents: (count: number) => (count === 1 ? "1 event had invalid data and is not shown." : `${count} events had invalid data and are not shown.`),
  },
};
