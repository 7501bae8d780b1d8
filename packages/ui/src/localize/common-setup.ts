import type { SetupMessages } from "./setup-messages.js";

// What every widget may tell a page's web team in the console about how the page set it up;
// loaded only by a page that has something to tell.
const zhCN = {
  communityNotFound: (community: string) => `找不到社区“${community}”。请检查 community 属性。`,
  invalidApi: (value: string) => `api 属性“${value}”不是网址：请填写 API 的地址，如 https://example.org/ 或 /。`,
  unknownTheme: (theme: string, themes: string) => `没有名为“${theme}”的主题，已使用默认主题。可选：${themes}。`,
};

export type CommonSetup = typeof zhCN;

export const commonSetup: SetupMessages<CommonSetup> = {
  "zh-CN": zhCN,
  "zh-Hant": {
    communityNotFound: (community: string) => `找不到社區「${community}」。請檢查 community 屬性。`,
    invalidApi: (value: string) => `api 屬性「${value}」不是網址：請填寫 API 的位址，如 https://example.org/ 或 /。`,
    unknownTheme: (theme: string, themes: string) => `沒有名為「${theme}」的主題，已使用預設主題。可選：${themes}。`,
  },
  en: {
    communityNotFound: (community: string) => `There is no community “${community}”. Check the community attribute.`,
    invalidApi: (value: string) => `The api attribute “${value}” is not a web address: give the API's address, such as https://example.org/ or /.`,
    unknownTheme: (theme: string, themes: string) => `There is no theme “${theme}”, so the default is shown. Choose ${themes}.`,
  },
};
