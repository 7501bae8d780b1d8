// In Chromium, which has Temporal: the widgets read zones with it, the server (Node) with Intl. They must agree.
import { expect } from "@open-wc/testing";
import { isKnownTimeZone } from "../src/zoned-time.js";
import { deviceTimeZone, intlWallClock, knowsZone, wallClock } from "../src/zone-readers.js";

const HOUR = 3_600_000;
// Zones with half-hour, 45-minute and 30-minute-DST offsets, southern summers, and rules that changed.
const ZONES = [
  "Asia/Shanghai",
  "Asia/Hong_Kong",
  "Asia/Taipei",
  "America/New_York",
  "America/Santiago",
  "America/Sao_Paulo",
  "Europe/London",
  "Europe/Moscow",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Africa/Casablanca",
  "UTC",
];

describe("reading a zone's wall clock", () => {
  it("has Temporal in this browser, so that the widgets take the fast way", () => {
    expect("Temporal" in globalThis).to.equal(true);
    expect(wallClock).not.to.equal(intlWallClock);
  });

  it("reads every seven hours (a minute later each time) from 1995 to 2035 as Intl does, in zones east and west", () => {
    const mismatches: string[] = [];
    for (const zone of ZONES) {
      for (let time = Date.UTC(1995, 0, 1); time < Date.UTC(2035, 0, 1); time += 7 * HOUR + 60_000) {
        // Compared as plain objects, as the kit uses them (spread, copied).
        const [temporal, intl] = [JSON.stringify({ ...wallClock(time, zone) }), JSON.stringify({ ...intlWallClock(time, zone) })];
        if (temporal !== intl && mismatches.length < 5) mismatches.push(`${zone} ${new Date(time).toISOString()}: ${temporal} ≠ ${intl}`);
      }
    }
    expect(mismatches).to.deep.equal([]);
  });

  it("knows the zones Intl knows, and not the ones it does not", () => {
    const intlKnows = (zone: string) => {
      try {
        return Boolean(new Intl.DateTimeFormat("en", { timeZone: zone }));
      } catch {
        return false;
      }
    };
    const zones = [...ZONES, "Asia/Calcutta", "US/Eastern", "asia/shanghai", "+08:00", "-0530", "Mars/Olympus_Mons", "Asia/Shangai", "Etc/GMT+99", ""];
    for (const zone of zones) expect([zone, knowsZone(zone), isKnownTimeZone(zone)]).to.deep.equal([zone, intlKnows(zone), intlKnows(zone)]);
  });

  it("names the device's zone as Intl does", () => {
    expect(deviceTimeZone()).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
