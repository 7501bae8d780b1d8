import type { NoticesMessages } from "./notices.zh-CN.js";

export const noticesZhHant: NoticesMessages = {
  heading: "居民通知",
  intro: "居民選擇接收通知後，報名、預約和志工服務的結果、變動和提醒，經社區的簡訊或微信閘道、電子郵件發出。送達失敗的可以重新發送。",
  loading: "正在讀取…",
  forbidden: "您的帳號沒有做這件事的權限。",
  empty: "還沒有發給居民的通知。",
  status: "狀態",
  statusAll: "全部",
  statusPending: "待發送",
  statusDelivered: "已送達",
  statusFailed: "發送失敗",
  when: "時間",
  to: "發給",
  cause: "原因",
  text: "內容",
  causeName: (cause) =>
    (
      ({
        confirmed: "報名或預約成功",
        promoted: "候補轉正",
        approved: "預約通過審核",
        rejected: "預約未通過審核",
        cancelled: "中心取消",
        "reminder-day": "前一天提醒",
        "reminder-hours": "開始前提醒",
      }) as Record<string, string>
    )[cause] ?? cause,
  channelName: (channel) => (channel === "email" ? "電子郵件" : "簡訊/微信閘道"),
  tries: (attempts) => `已嘗試 ${attempts} 次`,
  lastError: (error) => `上次：${error}`,
  resend: "重新發送",
  resendFor: (to) => `重新發送給 ${to} 的通知`,
  resent: (to) => `已安排重新發送給 ${to} 的通知。`,
};
