import type { LocalizedMessages } from "@community-kit/ui";

/** Messages of "my registrations"; loaded with it, on pages that read an API. */
const zhCN = {
  myRegistrations: (count: number) => `我的报名（${count}）`,
  myRegistrationsHeading: "我的报名",
  myRegistrationsNote: "只保存在这台设备上。",
  myRegistrationsEmpty: "这台设备上没有报名。",
  statusConfirmed: (people: number) => `已报名 ${people} 人`,
  statusWaitlisted: (position: number) => `候补第 ${position} 位（报名时）`,
  cancelRegistration: "取消报名",
  confirmCancel: "确定要取消这个报名吗？名额会让给其他人。",
  confirmCancelYes: "确定取消",
  keepRegistration: "保留报名",
  cancelled: (title: string) => `已取消“${title}”的报名。`,
  cancelFailed: "取消没有成功，请检查网络后再试。",
};
export type MyRegistrationsMessages = typeof zhCN;

export const myRegistrationsMessages: LocalizedMessages<MyRegistrationsMessages> = {
  "zh-CN": zhCN,
  "zh-Hant": {
    myRegistrations: (count: number) => `我的報名（${count}）`,
    myRegistrationsHeading: "我的報名",
    myRegistrationsNote: "只儲存在這台裝置上。",
    myRegistrationsEmpty: "這台裝置上沒有報名。",
    statusConfirmed: (people: number) => `已報名 ${people} 人`,
    statusWaitlisted: (position: number) => `候補第 ${position} 位（報名時）`,
    cancelRegistration: "取消報名",
    confirmCancel: "確定要取消這個報名嗎？名額會讓給其他人。",
    confirmCancelYes: "確定取消",
    keepRegistration: "保留報名",
    cancelled: (title: string) => `已取消「${title}」的報名。`,
    cancelFailed: "取消沒有成功，請檢查網路後再試。",
  },
  en: {
    myRegistrations: (count: number) => `My sign-ups (${count})`,
    myRegistrationsHeading: "My sign-ups",
    myRegistrationsNote: "Kept on this device only.",
    myRegistrationsEmpty: "No sign-ups on this device.",
    statusConfirmed: (people: number) => (people === 1 ? "Signed up" : `Signed up, ${people} people`),
    statusWaitlisted: (position: number) => `Waiting list, number ${position} (when you signed up)`,
    cancelRegistration: "Cancel sign-up",
    confirmCancel: "Cancel this sign-up? The place goes to someone else.",
    confirmCancelYes: "Yes, cancel",
    keepRegistration: "Keep it",
    cancelled: (title: string) => `Your sign-up for “${title}” is cancelled.`,
    cancelFailed: "That did not work. Check the connection and try again.",
  },
};
