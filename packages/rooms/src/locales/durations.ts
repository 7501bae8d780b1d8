/** A length of time in each language: the day's notes and the booking form's lengths both say it. */
export const durationZhCN = (minutes: number) =>
  `${minutes >= 60 ? `${Math.floor(minutes / 60)} 小时` : ""}${minutes % 60 ? ` ${minutes % 60} 分钟` : ""}`.trim();
export const durationZhHant = (minutes: number) =>
  `${minutes >= 60 ? `${Math.floor(minutes / 60)} 小時` : ""}${minutes % 60 ? ` ${minutes % 60} 分鐘` : ""}`.trim();
export const durationEn = (minutes: number) =>
  [minutes >= 60 ? `${Math.floor(minutes / 60)} hour${minutes >= 120 ? "s" : ""}` : "", minutes % 60 ? `${minutes % 60} minutes` : ""]
    .filter(Boolean)
    .join(" ");
