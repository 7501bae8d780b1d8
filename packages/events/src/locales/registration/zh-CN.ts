/** Messages of the registration form in the event dialog; zh-CN is the reference. */
export const zhCN = {
  registerHeading: "报名",
  placesLeft: (remaining: number) => (remaining > 0 ? `还有 ${remaining} 个名额` : "名额已满，可报名候补"),
  fieldName: "姓名",
  fieldPhone: "手机号码",
  fieldPhoneHint: "用于活动通知和取消报名，例如 138 0013 8000",
  fieldPartySize: "人数（含本人）",
  consentLabel: "我已阅读并同意以上说明",
  consentNotice: (controller: string, days: number, contact: string) =>
    `${controller}收集您的姓名、手机号码和参加人数，仅用于本次活动的报名、通知和签到，不会提供给他人。活动结束 ${days} 天后删除。如有疑问请联系：${contact}。`,
  submit: "提交报名",
  submitting: "正在提交…",
  errorSummaryTitle: "请修改以下问题",
  errorName: "请输入姓名",
  errorNameLong: "姓名不能超过 50 个字",
  errorPhone: "请输入正确的手机号码，例如 138 0013 8000",
  errorPartySize: (max: number) => `人数请填写 1 到 ${max}`,
  errorConsent: "请勾选同意后再提交",
  errorDuplicate: "这个手机号码已经报过名了",
  errorClosed: "这个活动现在不接受报名。",
  errorPast: "这个活动已经结束。",
  confirmedTitle: "报名成功",
  waitlistedTitle: "已报名候补",
  confirmedText: (people: number) => `已为您保留 ${people} 个名额。`,
  waitlistedText: (position: number) => `名额已满，您在候补名单第 ${position} 位。有人取消时会按顺序递补。`,
  codeNote: "取消报名时，说出取消码和报名的手机号码即可。这台设备的“我的报名”里也保存着它。",
};
export type RegistrationMessages = typeof zhCN;
