import type { SetupMessages } from "@community-kit/ui";

// What the partner map tells a page's web team in the console about how the page set it up;
// loaded only by a page that has something to tell, so residents' pages never carry it.
const zhCN = {
  notConfigured: () => "尚未设置数据来源：请设置 api 和 community 属性，或设置 partners 属性。",
  invalidTypes: (value: string) => `无法识别类型“${value}”，已显示全部。`,
  invalidTiles: (value: string) => `不支持的底图“${value}”，已使用 OpenStreetMap（可用：osm、tianditu、amap、none 或瓦片地址模板）。`,
  tiandituKeyMissing: () => "天地图底图需要设置 tianditu-key，已使用 OpenStreetMap。",
  invalidCenter: (value: string) => `无法识别中心点“${value}”（格式：纬度,经度），已显示全部单位。`,
};

export type Setup = typeof zhCN;

export const partnerMapSetup: SetupMessages<Setup> = {
  "zh-CN": zhCN,
  "zh-Hant": {
    notConfigured: () => "尚未設定資料來源：請設定 api 和 community 屬性，或設定 partners 屬性。",
    invalidTypes: (value: string) => `無法識別類型「${value}」，已顯示全部。`,
    invalidTiles: (value: string) => `不支援的底圖「${value}」，已使用 OpenStreetMap（可用：osm、tianditu、amap、none 或圖磚網址範本）。`,
    tiandituKeyMissing: () => "天地圖底圖需要設定 tianditu-key，已使用 OpenStreetMap。",
    invalidCenter: (value: string) => `無法識別中心點「${value}」（格式：緯度,經度），已顯示全部單位。`,
  },
  en: {
    notConfigured: () => "No data source yet: set the api and community attributes, or the partners property.",
    invalidTypes: (value: string) => `The type “${value}” is not known; showing all.`,
    invalidTiles: (value: string) => `The tiles “${value}” are not supported; using OpenStreetMap (use osm, tianditu, amap, none or a tile URL template).`,
    tiandituKeyMissing: () => "Tianditu tiles need the tianditu-key attribute; using OpenStreetMap.",
    invalidCenter: (value: string) => `The centre “${value}” is not understood (latitude,longitude); showing all partners.`,
  },
};
