import type { MyRegistrationsMessages } from "./messages.js";

export const zhHant: MyRegistrationsMessages = {
  mineButton: (count: number) => `我的報名（${count}）`,
  mineHeading: "我的報名",
  mineNote: "只儲存在這台裝置上。",
  mineEmpty: "這台裝置上沒有報名。",
  statusConfirmed: (people: number) => `已報名 ${people} 人`,
  statusWaitlisted: (position: number) => `候補第 ${position} 位`,
  statusPromoted: "已從候補轉為正式",
  eventCancelled: "活動已取消",
  mineCancel: "取消報名",
  mineConfirm: "確定要取消這個報名嗎？名額會讓給其他人。",
  mineConfirmYes: "確定取消",
  mineKeep: "保留報名",
  mineCancelled: (title: string) => `已取消「${title}」的報名。`,
  mineCancelFailed: "取消沒有成功，請檢查網路後再試。",
  mineCode: "取消碼",
  mineSeparator: "：",
};
