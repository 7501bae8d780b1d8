import type { LocalizedMessages } from "./messages.js";

/** Messages that every widget shows: states, errors, dialog controls. */
const zhCN = {
  loading: "正在加载…",
  retry: "重试",
  close: "关闭",
  errorPrefix: "错误：",
  cachedNotice: "网络不可用，显示的是之前保存的内容，可能不是最新的。",
  refreshingNotice: "显示的是之前保存的内容，正在更新…",
  networkError: "无法连接到服务器。请检查网络后重试。",
  communityNotFound: (community: string) => `找不到社区“${community}”。请检查 community 属性。`,
  invalidResponse: "服务器返回的数据格式有误，暂时无法显示。",
  serverError: (status: number) => `服务器出错了（${status}），请稍后重试。`,
  notConfigured: "还没有设置数据来源：请设置 api 和 community 属性，或传入 events 数据。",
  unexpectedError: "组件出错了，页面的其他部分不受影响。请重试。",
};

export type CommonMessages = typeof zhCN;

export const commonMessages: LocalizedMessages<CommonMessages> = {
  "zh-CN": zhCN,
  "zh-Hant": {
    loading: "正在載入…",
    retry: "重試",
    close: "關閉",
    errorPrefix: "錯誤：",
    cachedNotice: "網路無法使用，顯示的是之前儲存的內容，可能不是最新的。",
    refreshingNotice: "顯示的是之前儲存的內容，正在更新…",
    networkError: "無法連線到伺服器。請檢查網路後重試。",
    communityNotFound: (community: string) => `找不到社區「${community}」。請檢查 community 屬性。`,
    invalidResponse: "伺服器回傳的資料格式有誤，暫時無法顯示。",
    serverError: (status: number) => `伺服器發生錯誤（${status}），請稍後重試。`,
    notConfigured: "尚未設定資料來源：請設定 api 與 community 屬性，或傳入 events 資料。",
    unexpectedError: "元件發生錯誤，頁面的其他部分不受影響。請重試。",
  },
  en: {
    loading: "Loading…",
    retry: "Try again",
    close: "Close",
    errorPrefix: "Error:",
    cachedNotice: "You are offline. This is a saved copy and may be out of date.",
    refreshingNotice: "Showing a saved copy while it updates…",
    networkError: "Could not reach the server. Check the connection and try again.",
    communityNotFound: (community: string) => `There is no community “${community}”. Check the community attribute.`,
    invalidResponse: "The server sent data in a form that cannot be shown.",
    serverError: (status: number) => `The server had a problem (${status}). Please try again later.`,
    notConfigured: "No data source yet: set the api and community attributes, or pass events.",
    unexpectedError: "Something went wrong in this widget; the rest of the page is not affected. Please try again.",
  },
};
