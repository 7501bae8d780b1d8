import type { LazyMessages } from "@community-kit/ui";

/** Messages of "my registrations": loaded with it, on pages that read an API. */
const zhCN = {
  mineButton: (count: number) => `我的报名（${count}）`,
  mineHeading: "我的报名",
  mineNote: "只保存在这台设备上。",
  mineEmpty: "这台设备上没有报名。",
  statusConfirmed: (people: number) => `已报名 ${people} 人`,
  statusWaitlisted: (position: number) => `候补第 ${position} 位`,
  statusPromoted: "已从候补转为正式",
  eventCancelled: "活动已取消",
  mineCancel: "取消报名",
  mineConfirm: "确定要取消这个报名吗？名额会让给其他人。",
  mineConfirmYes: "确定取消",
  mineKeep: "保留报名",
  mineCancelled: (title: string) => `已取消“${title}”的报名。`,
  mineCancelFailed: "取消没有成功，请检查网络后再试。",
  mineCode: "取消码",
  mineSeparator: "：",
};
export type MyRegistrationsMessages = typeof zhCN;

/** zh-CN with "my registrations"; the others loaded by pages in those languages only. */
export const myRegistrationsMessages: LazyMessages<MyRegistrationsMessages> = {
  "zh-CN": zhCN,
  load: {
    "zh-Hant": () => import("./messages.zh-Hant.js").then((module) => module.zhHant),
    en: () => import("./messages.en.js").then((module) => module.en),
  },
};
