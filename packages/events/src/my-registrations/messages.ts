import type { LocalizedMessages } from "@community-kit/ui";

/** Messages of "my registrations"; loaded with it, on pages that read an API. */
const zhCN = {
  mineButton: (count: number) => `我的报名（${count}）`,
  mineHeading: "我的报名",
  mineNote: "只保存在这台设备上。",
  mineEmpty: "这台设备上没有报名。",
  statusConfirmed: (people: number) => `已报名 ${people} 人`,
  statusWaitlisted: (position: number) => `候补第 ${position} 位（报名时）`,
  mineCancel: "取消报名",
  mineConfirm: "确定要取消这个报名吗？名额会让给其他人。",
  mineConfirmYes: "确定取消",
  mineKeep: "保留报名",
  mineCancelled: (title: string) => `已取消“${title}”的报名。`,
  mineCancelFailed: "取消没有成功，请检查网络后再试。",
  mineSeparator: "：",
};
export type MyRegistrationsMessages = typeof zhCN;

export const myRegistrationsMessages: LocalizedMessages<MyRegistrationsMessages> = {
  "zh-CN": zhCN,
  "zh-Hant": {
    mineButton: (count: number) => `我的報名（${count}）`,
    mineHeading: "我的報名",
    mineNote: "只儲存在這台裝置上。",
    mineEmpty: "這台裝置上沒有報名。",
    statusConfirmed: (people: number) => `已報名 ${people} 人`,
    statusWaitlisted: (position: number) => `候補第 ${position} 位（報名時）`,
    mineCancel: "取消報名",
    mineConfirm: "確定要取消這個報名嗎？名額會讓給其他人。",
    mineConfirmYes: "確定取消",
    mineKeep: "保留報名",
    mineCancelled: (title: string) => `已取消「${title}」的報名。`,
    mineCancelFailed: "取消沒有成功，請檢查網路後再試。",
    mineSeparator: "：",
  },
  en: {
    mineButton: (count: number) => `My sign-ups (${count})`,
    mineHeading: "My sign-ups",
    mineNote: "Kept on this device only.",
    mineEmpty: "No sign-ups on this device.",
    statusConfirmed: (people: number) => (people === 1 ? "Signed up" : `Signed up, ${people} people`),
    statusWaitlisted: (position: number) => `Waiting list, number ${position} (when you signed up)`,
    mineCancel: "Cancel sign-up",
    mineConfirm: "Cancel this sign-up? The place goes to someone else.",
    mineConfirmYes: "Yes, cancel",
    mineKeep: "Keep it",
    mineCancelled: (title: string) => `Your sign-up for “${title}” is cancelled.`,
    mineCancelFailed: "That did not work. Check the connection and try again.",
    mineSeparator: ": ",
  },
};
