/** Messages of <community-room-booking>; zh-CN is the reference every other locale must match. */
export const zhCN = {
  label: (community: string) => (community ? `${community}场地与设备预约` : "场地与设备预约"),
  kindRoom: "场地",
  kindEquipment: "设备",
  capacity: (people: number) => `可容纳 ${people} 人`,
  quantity: (units: number) => `共 ${units} 台`,
  amenities: "设施",
  hours: "开放时间",
  everyDay: "每天",
  dayRange: (first: string, last: string) => `${first}至${last}`,
  separator: "、",
  notes: "使用须知",
  approval: "需工作人员审核",
  choose: "选择",
  chosen: "已选择",
  notConfigured: "尚未设置数据来源：请设置 api 和 community 属性。",
  empty: "这个社区还没有可以预约的场地或设备。",
  emptyKind: "没有这一类可以预约的场地或设备。",
  invalidKind: (value: string) => `不支持的 kind“${value}”，已显示全部（可用：room、equipment）。`,
  unknownResource: (value: string) => `找不到场地或设备“${value}”，已显示全部。`,
};
export type RoomsMessages = typeof zhCN;
