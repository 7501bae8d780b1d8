import type { SetupMessages } from "@community-kit/ui";

// What the volunteer sign-up tells a page's web team in the console about how the page set it up;
// loaded only by a page that has something to tell, so residents' pages never carry it.
const zhCN = {
  notConfigured: () => "尚未设置数据来源：请设置 api 和 community 属性。",
  unknownTeam: (value: string) => `找不到服务队“${value}”，已显示全部。`,
  unknownOpportunity: (value: string) => `找不到志愿活动“${value}”，已显示全部。`,
};

export type Setup = typeof zhCN;

export const volunteersSetup: SetupMessages<Setup> = {
  "zh-CN": zhCN,
  "zh-Hant": {
    notConfigured: () => "尚未設定資料來源：請設定 api 和 community 屬性。",
    unknownTeam: (value: string) => `找不到志工隊「${value}」，已顯示全部。`,
    unknownOpportunity: (value: string) => `找不到志工活動「${value}」，已顯示全部。`,
  },
  en: {
    notConfigured: () => "No data source yet: set the api and community attributes.",
    unknownTeam: (value: string) => `There is no team “${value}”; showing all.`,
    unknownOpportunity: (value: string) => `There is no opportunity “${value}”; showing all.`,
  },
};
