import type { LocalizedMessages } from "@community-kit/ui";

/** What "my registrations" says of registrations kept on the device; loaded only when some are. */
const zhCN = {
  waiting: (count: number) => `${count} 个报名保存在这台设备上，联网后会自动提交。`,
  sentLater: (title: string, status: string) => `保存在这台设备上的“${title}”报名已提交：${status}。`,
  refusedLater: (title: string, why: string) => `保存在这台设备上的“${title}”报名没有成功：${why}`,
  refusedDuplicate: "这个手机号码已经报过名了。",
  refusedClosed: "这个活动现在不接受报名了。",
  refusedOther: "请打开活动重新报名。",
};
export type QueuedRegistrationMessages = typeof zhCN;

export const queuedRegistrationMessages: LocalizedMessages<QueuedRegistrationMessages> = {
  "zh-CN": zhCN,
  "zh-Hant": {
    waiting: (count: number) => `${count} 個報名儲存在這台裝置上，連網後會自動送出。`,
    sentLater: (title: string, status: string) => `儲存在這台裝置上的「${title}」報名已送出：${status}。`,
    refusedLater: (title: string, why: string) => `儲存在這台裝置上的「${title}」報名沒有成功：${why}`,
    refusedDuplicate: "這個手機號碼已經報名過了。",
    refusedClosed: "這個活動現在不接受報名了。",
    refusedOther: "請打開活動重新報名。",
  },
  en: {
    waiting: (count: number) =>
      count === 1
        ? "1 sign-up is saved on this device and will be sent when you are online."
        : `${count} sign-ups are saved on this device and will be sent when you are online.`,
    sentLater: (title: string, status: string) => `Your sign-up for “${title}”, saved on this device, has been sent: ${status}.`,
    refusedLater: (title: string, why: string) => `Your sign-up for “${title}”, saved on this device, did not go through: ${why}`,
    refusedDuplicate: "this number is already signed up for it.",
    refusedClosed: "the event is not taking sign-ups now.",
    refusedOther: "open the event to sign up again.",
  },
};
