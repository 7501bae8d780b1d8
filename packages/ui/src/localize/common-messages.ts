import type { LazyMessages } from "./messages.js";

/** Messages that every widget shows: states, errors, dialog controls. */
const zhCN = {
  loading: "正在加载…",
  retry: "重试",
  close: "关闭",
  errorPrefix: "错误：",
  cachedNotice: "网络不可用，显示的是之前保存的内容，可能不是最新的。",
  refreshingNotice: "显示的是之前保存的内容，正在更新…",
  networkError: "无法连接到服务器。请检查网络后重试。",
  invalidResponse: "服务器返回的数据格式有误，暂时无法显示。",
  serverError: "服务器暂时有问题，请稍后重试。",
  unavailable: "这里的内容暂时无法显示。",
  unexpectedError: "组件出错了，页面的其他部分不受影响。请重试。",
};

export type CommonMessages = typeof zhCN;

/** zh-CN inline; the others are loaded by pages in those languages only. */
export const commonMessages: LazyMessages<CommonMessages> = {
  "zh-CN": zhCN,
  load: {
    "zh-Hant": () => import("./common-messages.zh-Hant.js").then((module) => module.zhHant),
    en: () => import("./common-messages.en.js").then((module) => module.en),
  },
};
