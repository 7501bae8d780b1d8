import type { RoomsMessages } from "./zh-CN.js";

export const zhHant: RoomsMessages = {
  label: (community: string) => (community ? `${community}場地與設備預約` : "場地與設備預約"),
  kindRoom: "場地",
  kindEquipment: "設備",
  capacity: (people: number) => `可容納 ${people} 人`,
  quantity: (units: number) => `共 ${units} 台`,
  amenities: "設施",
  hours: "開放時間",
  everyDay: "每天",
  dayRange: (first: string, last: string) => `${first}至${last}`,
  separator: "、",
  notes: "使用須知",
  approval: "需工作人員審核",
  choose: "選擇",
  chosen: "已選擇",
  notConfigured: "尚未設定資料來源：請設定 api 與 community 屬性。",
  empty: "這個社區還沒有可以預約的場地或設備。",
  emptyKind: "沒有這一類可以預約的場地或設備。",
  invalidKind: (value: string) => `不支援的 kind「${value}」，已顯示全部（可用：room、equipment）。`,
  unknownResource: (value: string) => `找不到場地或設備「${value}」，已顯示全部。`,
};
