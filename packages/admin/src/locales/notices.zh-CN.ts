/** The notices section's words; zh-CN is the reference. */
export const noticesZhCN = {
  heading: "居民通知",
  intro: "居民选择接收通知后，报名、预约和志愿服务的结果、变动和提醒，经社区的短信或微信网关、电子邮件发出。送达失败的可以重新发送。",
  loading: "正在读取…",
  forbidden: "您的账号没有做这件事的权限。",
  empty: "还没有发给居民的通知。",
  status: "状态",
  statusAll: "全部",
  statusPending: "待发送",
  statusDelivered: "已送达",
  statusFailed: "发送失败",
  when: "时间",
  to: "发给",
  cause: "原因",
  text: "内容",
  causeName: (cause: string) =>
    (
      ({
        confirmed: "报名或预约成功",
        promoted: "候补转正",
        approved: "预约通过审核",
        rejected: "预约未通过审核",
        cancelled: "中心取消",
        "reminder-day": "前一天提醒",
        "reminder-hours": "开始前提醒",
      }) as Record<string, string>
    )[cause] ?? cause,
  channelName: (channel: string): string => (channel === "email" ? "电子邮件" : "短信/微信网关"),
  tries: (attempts: number) => `已尝试 ${attempts} 次`,
  lastError: (error: string) => `上次：${error}`,
  resend: "重新发送",
  resendFor: (to: string) => `重新发送给 ${to} 的通知`,
  resent: (to: string) => `已安排重新发送给 ${to} 的通知。`,
};

export type NoticesMessages = typeof noticesZhCN;
