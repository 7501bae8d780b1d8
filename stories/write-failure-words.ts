import type { WriteFailure } from "./story-api.js";

type Locale = "zh-CN" | "zh-Hant" | "en";
export type FormFailure = Exclude<WriteFailure, "registration-closed">;

/** What every form tells the resident when a write fails for no field's reason (ui's submit messages), in each language. */
export const writeFailureWords: Record<Locale, Record<FormFailure, string>> = {
  "zh-CN": { "rate-limited": "提交太频繁了", "origin-not-allowed": "这个网站暂时不能向社区提交", "offline-writes": "已保存在这台设备上" },
  "zh-Hant": { "rate-limited": "送出太頻繁了", "origin-not-allowed": "這個網站暫時不能向社區送出", "offline-writes": "已儲存在這台裝置上" },
  en: { "rate-limited": "Too many tries", "origin-not-allowed": "This website cannot send to the community", "offline-writes": "saved on this device" },
};

/** Where a form says it: the waiting notice for a write kept on the device, the error summary for a refusal. */
export const whereTold = (failure: WriteFailure): string => (failure === "offline-writes" ? ".queued" : ".error-summary");
