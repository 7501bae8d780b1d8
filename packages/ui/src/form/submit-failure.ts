import { isApiError } from "@community-kit/sdk";
import type { SupportedLocale } from "../localize/locale.js";
import { Localizer, type LocalizedMessages } from "../localize/messages.js";

/** The words every form uses when its sending failed for a reason that is no field's. */
// A type, not an interface: message tables need its keys known to be all there are.
export type SubmitMessages = {
  network: string;
  server: string;
  rateLimited: string;
  originNotAllowed: string;
  /** The SDK kept the submission on the device, to send when online. */
  queued: string;
  queuedButton: string;
};

export const submitMessages: LocalizedMessages<SubmitMessages> = {
  "zh-CN": {
    network: "网络连接失败，您填写的内容已保留，请稍后再试。",
    server: "提交没有成功，您填写的内容已保留，请稍后再试。",
    rateLimited: "提交太频繁了，您填写的内容已保留，请过一分钟再试。",
    originNotAllowed: "这个网站暂时不能向社区提交，请联系社区工作人员。您填写的内容已保留。",
    queued: "现在连不上网络。已保存在这台设备上，联网后会自动提交，结果会显示在这里。",
    queuedButton: "等待联网后提交…",
  },
  "zh-Hant": {
    network: "網路連線失敗，您填寫的內容已保留，請稍後再試。",
    server: "送出沒有成功，您填寫的內容已保留，請稍後再試。",
    rateLimited: "送出太頻繁了，您填寫的內容已保留，請過一分鐘再試。",
    originNotAllowed: "這個網站暫時不能向社區送出，請聯絡社區工作人員。您填寫的內容已保留。",
    queued: "現在連不上網路。已儲存在這台裝置上，連網後會自動送出，結果會顯示在這裡。",
    queuedButton: "等待連網後送出…",
  },
  en: {
    network: "Could not connect. What you typed is kept; please try again.",
    server: "That did not work. What you typed is kept; please try again later.",
    rateLimited: "Too many tries in a short time. What you typed is kept; please try again in a minute.",
    originNotAllowed: "This website cannot send to the community yet; please contact the community centre. What you typed is kept.",
    queued: "No connection just now. It is saved on this device and will be sent when you are online; the answer will show here.",
    queuedButton: "Waiting to send…",
  },
};

/**
 * Why a form could not be sent, when it is about none of its fields: the
 * network, too many tries (rate_limited), a site the community has not
 * allowed (origin_not_allowed), or the server. What was typed is kept.
 */
export function submitFailure(error: unknown, locale: SupportedLocale): string {
  const t = new Localizer<SubmitMessages>(submitMessages, locale);
  if ((error as Error | undefined)?.name === "CommunityNetworkError") return t.t("network");
  if (isApiError(error, "rate_limited")) return t.t("rateLimited");
  if (isApiError(error, "origin_not_allowed")) return t.t("originNotAllowed");
  return t.t("server");
}
