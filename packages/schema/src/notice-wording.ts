import type { Locale } from "./common.js";
import type { NoticeCause, NoticeSubject } from "./notices.js";

/** The causes each kind of subject has: a booking is approved or rejected, a registration or sign-up moves up. */
export type NoticeWording = Partial<Record<NoticeCause | "rejectedWithReason" | "cancelledWithReason", string>>;

/**
 * What each language says, as an SMS gateway sends it: the community's name first in 【】, as
 * mainland SMS must begin, and the whole within two messages' length.
 */
export const NOTICE_WORDING: Record<Locale, Record<NoticeSubject, NoticeWording>> = {
  "zh-CN": {
    registration: {
      confirmed: "【{community}】您已报名“{title}”，{when}，{place}。",
      promoted: "【{community}】您已从候补转为正式报名“{title}”，{when}，{place}。",
      cancelled: "【{community}】很抱歉，“{title}”（{when}）已取消，您的报名随之取消。",
      "reminder-day": "【{community}】提醒：您报名的“{title}”明天举行，{when}，{place}。",
      "reminder-hours": "【{community}】提醒：您报名的“{title}”即将开始，{when}，{place}。",
    },
    booking: {
      confirmed: "【{community}】您已预约{title}，{when}。",
      approved: "【{community}】您预约的{title}（{when}）已通过审核。",
      rejected: "【{community}】您预约的{title}（{when}）未通过审核。",
      rejectedWithReason: "【{community}】您预约的{title}（{when}）未通过审核：{reason}",
      cancelled: "【{community}】很抱歉，您预约的{title}（{when}）已被中心取消。",
      cancelledWithReason: "【{community}】很抱歉，您预约的{title}（{when}）已被中心取消：{reason}",
      "reminder-day": "【{community}】提醒：您预约的{title}明天使用，{when}，{place}。",
      "reminder-hours": "【{community}】提醒：您预约的{title}即将开始，{when}，{place}。",
    },
    signup: {
      confirmed: "【{community}】您已报名志愿服务“{title}”，{when}，{place}。",
      promoted: "【{community}】您已从候补转为正式：志愿服务“{title}”，{when}，{place}。",
      cancelled: "【{community}】很抱歉，志愿服务“{title}”（{when}）已取消。",
      cancelledWithReason: "【{community}】很抱歉，志愿服务“{title}”（{when}）已取消：{reason}",
      "reminder-day": "【{community}】提醒：您明天有志愿服务“{title}”，{when}，{place}。",
      "reminder-hours": "【{community}】提醒：您的志愿服务“{title}”即将开始，{when}，{place}。",
    },
  },
  "zh-Hant": {
    registration: {
      confirmed: "【{community}】您已報名「{title}」，{when}，{place}。",
      promoted: "【{community}】您已從候補轉為正式報名「{title}」，{when}，{place}。",
      cancelled: "【{community}】很抱歉，「{title}」（{when}）已取消，您的報名隨之取消。",
      "reminder-day": "【{community}】提醒：您報名的「{title}」明天舉行，{when}，{place}。",
      "reminder-hours": "【{community}】提醒：您報名的「{title}」即將開始，{when}，{place}。",
    },
    booking: {
      confirmed: "【{community}】您已預約{title}，{when}。",
      approved: "【{community}】您預約的{title}（{when}）已通過審核。",
      rejected: "【{community}】您預約的{title}（{when}）未通過審核。",
      rejectedWithReason: "【{community}】您預約的{title}（{when}）未通過審核：{reason}",
      cancelled: "【{community}】很抱歉，您預約的{title}（{when}）已被中心取消。",
      cancelledWithReason: "【{community}】很抱歉，您預約的{title}（{when}）已被中心取消：{reason}",
      "reminder-day": "【{community}】提醒：您預約的{title}明天使用，{when}，{place}。",
      "reminder-hours": "【{community}】提醒：您預約的{title}即將開始，{when}，{place}。",
    },
    signup: {
      confirmed: "【{community}】您已報名志工服務「{title}」，{when}，{place}。",
      promoted: "【{community}】您已從候補轉為正式：志工服務「{title}」，{when}，{place}。",
      cancelled: "【{community}】很抱歉，志工服務「{title}」（{when}）已取消。",
      cancelledWithReason: "【{community}】很抱歉，志工服務「{title}」（{when}）已取消：{reason}",
      "reminder-day": "【{community}】提醒：您明天有志工服務「{title}」，{when}，{place}。",
      "reminder-hours": "【{community}】提醒：您的志工服務「{title}」即將開始，{when}，{place}。",
    },
  },
  en: {
    registration: {
      confirmed: "{community}: you are registered for {title}, {when}, {place}.",
      promoted: "{community}: a place came free and you are now registered for {title}, {when}, {place}.",
      cancelled: "{community}: we are sorry, {title} ({when}) has been called off, and your registration with it.",
      "reminder-day": "{community}: a reminder that {title} is tomorrow, {when}, {place}.",
      "reminder-hours": "{community}: a reminder that {title} starts soon, {when}, {place}.",
    },
    booking: {
      confirmed: "{community}: you have booked {title}, {when}.",
      approved: "{community}: your booking of {title} ({when}) is approved.",
      rejected: "{community}: your booking of {title} ({when}) was not approved.",
      rejectedWithReason: "{community}: your booking of {title} ({when}) was not approved: {reason}",
      cancelled: "{community}: we are sorry, the centre has cancelled your booking of {title} ({when}).",
      cancelledWithReason: "{community}: we are sorry, the centre has cancelled your booking of {title} ({when}): {reason}",
      "reminder-day": "{community}: a reminder that you have booked {title} tomorrow, {when}, {place}.",
      "reminder-hours": "{community}: a reminder that your booking of {title} starts soon, {when}, {place}.",
    },
    signup: {
      confirmed: "{community}: you are signed up to volunteer at {title}, {when}, {place}.",
      promoted: "{community}: a place came free and you are now volunteering at {title}, {when}, {place}.",
      cancelled: "{community}: we are sorry, the shift at {title} ({when}) has been called off.",
      cancelledWithReason: "{community}: we are sorry, the shift at {title} ({when}) has been called off: {reason}",
      "reminder-day": "{community}: a reminder that you volunteer at {title} tomorrow, {when}, {place}.",
      "reminder-hours": "{community}: a reminder that your shift at {title} starts soon, {when}, {place}.",
    },
  },
};
