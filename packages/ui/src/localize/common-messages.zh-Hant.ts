import type { CommonMessages } from "./common-messages.js";

export const zhHant: CommonMessages = {
  loading: "正在載入…",
  retry: "重試",
  close: "關閉",
  errorPrefix: "錯誤：",
  cachedNotice: "網路無法使用，顯示的是之前儲存的內容，可能不是最新的。",
  refreshingNotice: "顯示的是之前儲存的內容，正在更新…",
  networkError: "無法連線到伺服器。請檢查網路後重試。",
  invalidResponse: "伺服器回傳的資料格式有誤，暫時無法顯示。",
  serverError: "伺服器暫時有問題，請稍後重試。",
  unavailable: "這裡的內容暫時無法顯示。",
  unexpectedError: "元件發生錯誤，頁面的其他部分不受影響。請重試。",
};
