import type { RegistrationMessages } from "./zh-CN.js";

export const zhHant: RegistrationMessages = {
  registerHeading: "報名",
  placesLeft: (remaining: number) => (remaining > 0 ? `還有 ${remaining} 個名額` : "名額已滿，可報名候補"),
  fieldName: "姓名",
  fieldPhone: "手機號碼",
  fieldPhoneHint: "用於活動通知與取消報名，請加國碼，例如 +886 912 345 678",
  fieldPartySize: "人數（含本人）",
  consentLabel: "我已閱讀並同意以上說明",
  consentNotice: (controller: string, days: number, contact: string) =>
    `${controller}蒐集您的姓名、手機號碼與參加人數，僅用於本次活動的報名、通知與簽到，不會提供給他人。活動結束 ${days} 天後刪除。如有疑問請聯絡：${contact}。`,
  submit: "送出報名",
  submitting: "正在送出…",
  errorSummaryTitle: "請修改以下問題",
  errorName: "請輸入姓名",
  errorNameLong: "姓名不能超過 50 個字",
  errorPhone: "請輸入正確的手機號碼，例如 +886 912 345 678",
  errorPartySize: (max: number) => `人數請填寫 1 到 ${max}`,
  errorConsent: "請勾選同意後再送出",
  errorDuplicate: "這個手機號碼已經報名過了",
  errorClosed: "這個活動現在不接受報名。",
  errorPast: "這個活動已經結束。",
  confirmedTitle: "報名成功",
  waitlistedTitle: "已報名候補",
  confirmedText: (people: number) => `已為您保留 ${people} 個名額。`,
  waitlistedText: (position: number) => `名額已滿，您在候補名單第 ${position} 位。有人取消時會依序遞補。`,
  codeNote: "取消報名時，說出取消碼和報名的手機號碼即可。這台裝置的「我的報名」裡也保存著它。",
};
