import type { BookingLimits, ClosedDays, OpeningPeriod, ResourceKind } from "@community-kit/schema";

/** A demo room or piece of equipment, as a centre describes it. */
export interface DemoResource {
  id: string;
  kind: ResourceKind;
  name: string;
  description: string;
  capacity?: number;
  quantity?: number;
  amenities: string[];
  usageNotes?: string;
  location: { name: string; address?: string };
  hours: OpeningPeriod[];
  closures: ClosedDays[];
  limits: BookingLimits;
  approval: boolean;
  maxActivePerPhone: number;
  /** Pictures on the demo site's own server (examples/photos), as a path the widget reads against the API's address. */
  photos?: string[];
}

const days = (weekdays: number[], open: string, close: string): OpeningPeriod[] => weekdays.map((weekday) => ({ weekday, open, close }));
const TUESDAY_TO_SUNDAY = [2, 3, 4, 5, 6, 7];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const roomLimits: BookingLimits = { slotMinutes: 30, minMinutes: 60, maxMinutes: 180, leadMinutes: 120, horizonDays: 30, bufferMinutes: 15 };
const 国庆 = { from: "2026-10-01", to: "2026-10-07", reason: "国庆节闭馆" };
const 春节 = { from: "2027-02-05", to: "2027-02-11", reason: "春节闭馆" };

/** 太和社区党群服务中心: its function rooms, and the loudspeakers it lends for square dancing. */
export const taiheResources: DemoResource[] = [
  {
    id: "calligraphy-room",
    photos: ["/photos/calligraphy-room.svg"],
    kind: "room",
    name: "书画活动室",
    description: "书法、国画练习与小型展示。有书画桌 10 张、画架、毛笔和墨汁，可自带宣纸。",
    capacity: 20,
    amenities: ["书画桌 10 张", "画架", "笔墨", "洗笔池"],
    usageNotes: "用后请清洗笔砚、擦净桌面。",
    location: { name: "党群服务中心二楼", address: "太和路 88 号" },
    hours: [...days(TUESDAY_TO_SUNDAY, "08:30", "11:30"), ...days(TUESDAY_TO_SUNDAY, "14:00", "17:30")],
    closures: [国庆, 春节],
    limits: roomLimits,
    approval: false,
    maxActivePerPhone: 2,
  },
  {
    id: "reading-room",
    photos: ["/photos/reading-room.svg"],
    kind: "room",
    name: "图书阅览室",
    description: "安静阅读与读书会。藏书约 3000 册，可借阅。",
    capacity: 30,
    amenities: ["阅览桌", "空调", "饮水机"],
    usageNotes: "请保持安静，读书会请控制音量。",
    location: { name: "党群服务中心一楼", address: "太和路 88 号" },
    hours: days(TUESDAY_TO_SUNDAY, "09:00", "20:00"),
    closures: [国庆, 春节],
    limits: roomLimits,
    approval: false,
    maxActivePerPhone: 2,
  },
  {
    id: "chess-room",
    photos: ["/photos/chess-room.svg"],
    kind: "room",
    name: "棋牌室",
    description: "象棋、围棋、扑克与麻将。",
    capacity: 16,
    amenities: ["棋牌桌 4 张", "象棋", "围棋", "空调"],
    usageNotes: "禁止赌博，禁止吸烟。",
    location: { name: "党群服务中心一楼", address: "太和路 88 号" },
    hours: days(EVERY_DAY, "08:30", "21:00"),
    closures: [春节],
    limits: roomLimits,
    approval: false,
    maxActivePerPhone: 2,
  },
  {
    id: "multi-purpose-room",
    photos: ["/photos/multi-purpose-room.svg"],
    kind: "room",
    name: "多功能室",
    description: "讲座、培训、放映和合唱排练。有投影、音响和 60 把椅子。",
    capacity: 60,
    amenities: ["投影仪", "音响", "话筒 2 支", "椅子 60 把"],
    usageNotes: "活动前请与工作人员确认设备；需审核后使用。",
    location: { name: "党群服务中心三楼", address: "太和路 88 号" },
    hours: days(EVERY_DAY, "08:30", "21:00"),
    closures: [国庆, 春节],
    limits: { ...roomLimits, maxMinutes: 240, bufferMinutes: 30 },
    approval: true,
    maxActivePerPhone: 1,
  },
  {
    id: "dance-speaker",
    photos: ["/photos/dance-speaker.svg"],
    kind: "equipment",
    name: "广场舞智能音箱",
    description: "便携蓝牙音箱，音量由平台限定。晚间在文化广场使用，用后当天归还。",
    quantity: 4,
    amenities: ["蓝牙", "充电器"],
    usageNotes: "音量不超过 60 分贝；20:30 前停止播放并归还。",
    location: { name: "服务中心前台", address: "太和路 88 号" },
    hours: days(EVERY_DAY, "18:00", "21:00"),
    closures: [],
    limits: { slotMinutes: 30, minMinutes: 30, maxMinutes: 150, leadMinutes: 60, horizonDays: 14, bufferMinutes: 0 },
    approval: false,
    maxActivePerPhone: 1,
  },
];

/** 和平社區 and Riverside: a room or two each. */
export const hepingResources: DemoResource[] = [
  {
    id: "activity-room",
    kind: "room",
    name: "多功能活動室",
    description: "講座、長者課程與親子活動。",
    capacity: 40,
    amenities: ["投影機", "白板", "冷氣"],
    location: { name: "和平社區活動中心二樓", address: "和平東路二段 100 號" },
    hours: days(EVERY_DAY, "09:00", "21:00"),
    closures: [],
    limits: roomLimits,
    approval: false,
    maxActivePerPhone: 2,
  },
];

export const riversideResources: DemoResource[] = [
  {
    id: "main-hall",
    kind: "room",
    name: "Main hall",
    description: "The hall for classes, parties and meetings, with a kitchen next door.",
    capacity: 80,
    amenities: ["Kitchen", "Stage", "Hearing loop", "Step-free access"],
    usageNotes: "Leave the hall as you found it; stack the chairs.",
    location: { name: "Riverside Community Hall", address: "12 Mill Lane" },
    hours: days(EVERY_DAY, "09:00", "22:00"),
    closures: [{ from: "2026-12-24", to: "2026-12-27", reason: "Christmas" }],
    limits: { ...roomLimits, maxMinutes: 240 },
    approval: true,
    maxActivePerPhone: 2,
  },
  {
    id: "meeting-room",
    kind: "room",
    name: "Meeting room",
    description: "A quiet room for ten.",
    capacity: 10,
    amenities: ["Table for 10", "Screen"],
    location: { name: "Riverside Community Hall", address: "12 Mill Lane" },
    hours: days([1, 2, 3, 4, 5, 6], "09:00", "21:00"),
    closures: [{ from: "2026-12-24", to: "2026-12-27", reason: "Christmas" }],
    limits: roomLimits,
    approval: false,
    maxActivePerPhone: 2,
  },
];

export const demoResources: Record<string, DemoResource[]> = { taihe: taiheResources, heping: hepingResources, riverside: riversideResources };
