import { describe, expect, it, vi } from "vitest";
import { Localizer } from "./messages.js";

const zhCN = { hello: "你好", greet: (name: string) => `${name}，你好` };
type Table = typeof zhCN;

describe("Localizer with tables loaded on demand", () => {
  it("has zh-CN at once, and another language only once it has loaded, asking for it once", async () => {
    const en = vi.fn(async (): Promise<Table> => ({ hello: "Hello", greet: (name: string) => `Hello, ${name}` }));
    const localizer = new Localizer<Table>({ "zh-CN": zhCN, load: { "zh-Hant": async () => zhCN, en } });
    expect(localizer.ready).toBe(true);
    localizer.locale = "en";
    expect(localizer.ready).toBe(false);
    await Promise.all([localizer.load(), localizer.load()]);
    expect(en).toHaveBeenCalledTimes(1);
    expect(localizer.ready).toBe(true);
    expect(localizer.t("greet", "Ann")).toBe("Hello, Ann");
  });

  it("shows zh-CN when another language cannot be loaded (offline), rather than nothing", async () => {
    const localizer = new Localizer<Table>(
      { "zh-CN": zhCN, load: { "zh-Hant": () => Promise.reject(new TypeError("Failed to fetch")), en: async () => zhCN } },
      "zh-Hant",
    );
    await localizer.load();
    expect(localizer.ready).toBe(true);
    expect(localizer.t("hello")).toBe("你好");
  });

  it("shares a loaded language with every later widget of the same messages: they are ready at once", async () => {
    const en = vi.fn(async (): Promise<Table> => ({ hello: "Hello", greet: (name: string) => `Hello, ${name}` }));
    const messages = { "zh-CN": zhCN, load: { "zh-Hant": async () => zhCN, en } };
    await new Localizer<Table>(messages, "en").load();
    const second = new Localizer<Table>(messages, "en");
    expect(second.ready).toBe(true);
    expect(second.t("hello")).toBe("Hello");
    expect(en).toHaveBeenCalledTimes(1);
  });

  it("lets the next widget try again a language that could not be loaded", async () => {
    const hant = { hello: "妳好", greet: (name: string) => `${name}，妳好` };
    const zhHant = vi.fn().mockRejectedValueOnce(new TypeError("Failed to fetch")).mockResolvedValueOnce(hant);
    const messages = { "zh-CN": zhCN, load: { "zh-Hant": zhHant, en: async () => zhCN } };
    const offline = new Localizer<Table>(messages, "zh-Hant");
    await offline.load();
    expect(offline.t("hello")).toBe("你好");
    const online = new Localizer<Table>(messages, "zh-Hant");
    expect(online.ready).toBe(false);
    await online.load();
    expect(online.t("hello")).toBe("妳好");
    expect(zhHant).toHaveBeenCalledTimes(2);
  });
});
