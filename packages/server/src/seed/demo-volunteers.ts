import type { Audience, Team } from "@community-kit/schema";
import type { ProgrammeRule } from "./programme.js";

/** When a demo opportunity needs people: a rule, a local time and how many. */
export interface DemoShiftRule {
  rule: ProgrammeRule;
  /** Local "HH:MM" */
  start: string;
  minutes: number;
  capacity: number;
  minimumAge?: number;
  skills?: string[];
}

export interface DemoOpportunity {
  id: string;
  teamId: string;
  title: string;
  description: string;
  location: { name: string; address?: string; lat?: number; lng?: number };
  skills: string[];
  audience?: Audience;
  shifts: DemoShiftRule[];
}

export interface DemoVolunteering {
  teams: Team[];
  opportunities: DemoOpportunity[];
}

const taiheCentre = { name: "党群服务中心门前", address: "太和路 88 号", lat: 39.9219, lng: 116.3614 };

/** 太和社区's volunteer teams and what they need people for, as DOMAIN.md describes a station's. */
const taihe: DemoVolunteering = {
  teams: [
    { id: "environment", name: "环境卫生志愿服务队", description: "每周六上午清扫楼道、绿地和公共区域，清理小广告。" },
    { id: "civility", name: "文明宣传志愿服务队", description: "垃圾分类督导、文明养犬和反诈宣传。" },
    { id: "elder-care", name: "关爱老人志愿服务队", description: "走访独居老人和困难家庭，建立健康档案，冬季开展暖冬文化行。" },
    { id: "home-lessons", name: "助残送学服务队", description: "你点单，我派单：为残疾居民送学上门。" },
  ],
  opportunities: [
    {
      id: "clean-up-day",
      teamId: "environment",
      title: "清洁社区卫生",
      description: "清扫楼道、绿地和健身器材周边，清理小广告。工具和手套由社区提供，请穿方便活动的衣服。",
      location: taiheCentre,
      skills: [],
      audience: "everyone",
      shifts: [{ rule: { kind: "weekly", weekdays: [6] }, start: "08:30", minutes: 120, capacity: 8 }],
    },
    {
      id: "sorting-guide",
      teamId: "civility",
      title: "垃圾分类督导",
      description: "早高峰在垃圾分类投放点引导居民分类投放，记录问题。",
      location: { name: "3 号楼北侧垃圾分类投放点", address: "太和路 88 号院" },
      skills: [],
      shifts: [{ rule: { kind: "weekly", weekdays: [2, 4] }, start: "07:00", minutes: 120, capacity: 3 }],
    },
    {
      id: "anti-fraud",
      teamId: "civility",
      title: "反诈宣传进小区",
      description: "在文化广场摆摊讲解常见诈骗手法，帮老人安装国家反诈中心 App。",
      location: { name: "文化广场", address: "太和路 88 号南侧" },
      skills: ["宣讲", "手机操作"],
      shifts: [{ rule: { kind: "monthly", nth: 2, weekday: 6 }, start: "14:00", minutes: 120, capacity: 6 }],
    },
    {
      id: "elder-visits",
      teamId: "elder-care",
      title: "暖冬走访独居老人",
      description: "两人一组上门看望独居老人，聊聊天，看看家里水电燃气是否安全，有需要及时告诉社区。",
      location: taiheCentre,
      skills: ["沟通陪伴"],
      audience: "elders",
      shifts: [{ rule: { kind: "weekly", weekdays: [3] }, start: "09:30", minutes: 120, capacity: 4, minimumAge: 18 }],
    },
    {
      id: "health-files",
      teamId: "elder-care",
      title: "为独居老人建健康档案",
      description: "协助社区卫生服务站为独居老人测血压、登记用药，录入健康档案。",
      location: { name: "社区卫生服务站", address: "太和路 90 号" },
      skills: ["医护", "录入"],
      audience: "elders",
      shifts: [{ rule: { kind: "monthly", nth: 1, weekday: 5 }, start: "14:00", minutes: 180, capacity: 3, minimumAge: 18, skills: ["医护"] }],
    },
    {
      id: "home-lessons",
      teamId: "home-lessons",
      title: "送学上门",
      description: "居民点单，社区派单：为行动不便的残疾居民上门辅导识字、手机使用或康复操。",
      location: { name: "居民家中（出发前告知地址）", address: "太和社区" },
      skills: ["教学", "手语"],
      shifts: [{ rule: { kind: "weekly", weekdays: [1] }, start: "15:00", minutes: 90, capacity: 2, minimumAge: 18, skills: ["教学"] }],
    },
  ],
};

/** 和平社區 (Taipei): one team that keeps the park clean. */
const heping: DemoVolunteering = {
  teams: [{ id: "park-care", name: "公園認養志工隊", description: "認養大安森林公園周邊綠地，每週日清潔與巡查。" }],
  opportunities: [
    {
      id: "park-clean",
      teamId: "park-care",
      title: "公園清潔日",
      description: "撿拾垃圾、清理落葉，順手記錄損壞的設施。",
      location: { name: "和平社區活動中心", address: "和平東路二段 100 號" },
      skills: [],
      shifts: [{ rule: { kind: "weekly", weekdays: [7] }, start: "08:00", minutes: 120, capacity: 10 }],
    },
  ],
};

/** Riverside (Bristol): a litter pick and the befriending calls. */
const riverside: DemoVolunteering = {
  teams: [
    { id: "riverside-volunteers", name: "Riverside Volunteers", description: "Neighbours who keep the riverbank clean and check in on those living alone." },
  ],
  opportunities: [
    {
      id: "litter-pick",
      teamId: "riverside-volunteers",
      title: "Riverbank litter pick",
      description: "Gloves, pickers and bags provided. Meet at the hall; wear sturdy shoes.",
      location: { name: "Riverside Community Hall", address: "12 Mill Lane" },
      skills: [],
      shifts: [{ rule: { kind: "monthly", nth: 1, weekday: 6 }, start: "10:00", minutes: 120, capacity: 12 }],
    },
    {
      id: "befriending",
      teamId: "riverside-volunteers",
      title: "Befriending visits",
      description: "Visit a neighbour who lives alone for a cup of tea and a chat.",
      location: { name: "Riverside Community Hall", address: "12 Mill Lane" },
      skills: ["Listening"],
      audience: "elders",
      shifts: [{ rule: { kind: "weekly", weekdays: [4] }, start: "14:00", minutes: 90, capacity: 3, minimumAge: 18 }],
    },
  ],
};

export const demoVolunteering: Record<string, DemoVolunteering> = { taihe, heping, riverside };
