import type { SetupMessages } from "@community-kit/ui";

// What the room booking tells a page's web team in the console about how the page set it up;
// loaded only by a page that has something to tell, so residents' pages never carry it.
const zhCN = {
  invalidDate: (value: string) => `无法识别日期“${value}”，已显示今天（格式：2026-06-19）。`,
  notConfigured: () => "尚未设置数据来源：请设置 api 和 community 属性。",
  invalidKind: (value: string) => `不支持的 kind“${value}”，已显示全部（可用：room、equipment）。`,
  unknownResource: (value: string) => `找不到场地或设备“${value}”，已显示全部。`,
};

export type Setup = typeof zhCN;

export const roomsSetup: SetupMessages<Setup> = {
  "zh-CN": zhCN,
  "zh-Hant": {
    invalidDate: (value: string) => `無法辨識日期「${value}」，已顯示今天（格式：2026-06-19）。`,
    notConfigured: () => "尚未設定資料來源：請設定 api 與 community 屬性。",
    invalidKind: (value: string) => `不支援的 kind「${value}」，已顯示全部（可用：room、equipment）。`,
    unknownResource: (value: string) => `找不到場地或設備「${value}」，已顯示全部。`,
  },
  en: {
    invalidDate: (value: string) => `The date “${value}” is not understood; showing today (format: 2026-06-19).`,
    notConfigured: () => "No data source yet: set the api and community attributes.",
    invalidKind: (value: string) => `The kind “${value}” is not supported; showing everything (use room or equipment).`,
    unknownResource: (value: string) => `There is no room or equipment “${value}”; showing everything.`,
  },
};
