import { Page, Partner, PartnerDetail, Problem } from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { addUpcomingEvent, createApiKey, type DemoServer, startDemoServer } from "../test-support/demo-server.js";

let server: DemoServer;
let key: string;
beforeAll(async () => {
  server = await startDemoServer();
  key = await createApiKey(server.db, "taihe", "partner desk");
});
afterAll(async () => {
  await server?.stop();
});

const PartnerPage = Page(Partner);
const base = () => `${server.url}/v1/communities/taihe`;
const get = (path: string) => fetch(`${base()}${path}`);
const staff = (method: string, path: string, body?: unknown, bearer: string | null = key) =>
  fetch(`${base()}${path}`, {
    method,
    headers: { ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}), ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const library = {
  id: "taihe-library",
  name: "太和街道图书馆",
  type: "government",
  address: "太和路 150 号",
  location: { lat: 39.9231, lng: 116.3633 },
  contact: { phone: "010-6552 3000" },
  description: "街道图书馆，为社区送书上门。",
  services: ["送书上门", "读书会场地"],
};

describe("GET …/partners", () => {
  it("lists the community's partners in its own order, by type too, and refuses a type it does not know", async () => {
    const all = z.parse(PartnerPage, await (await get("/partners")).json());
    expect(all.items.map((partner) => partner.name).slice(0, 4)).toEqual(["太和中学", "华信集团", "太和农村商业银行", "矿务局医院"]);
    expect(all.items).toHaveLength(10);
    const hospitalsAndSchools = z.parse(PartnerPage, await (await get("/partners?type=hospital,school")).json());
    expect(new Set(hospitalsAndSchools.items.map((partner) => partner.type))).toEqual(new Set(["hospital", "school"]));
    expect(hospitalsAndSchools.items).toHaveLength(3);

    const unknown = await get("/partners?type=hospital,zoo");
    expect(unknown.status).toBe(400);
    const problem = z.parse(Problem, await unknown.json());
    expect(problem).toMatchObject({ code: "invalid_parameter", title: "Invalid query parameter" });
    expect(problem.errors).toEqual([expect.objectContaining({ field: "type" })]);
  });

  it("gives one partner with the events it co-organises still to come, or 404", async () => {
    const eventId = await addUpcomingEvent(server.db, { title: "公益义诊（测试）", daysAhead: 12 });
    await server.db.updateTable("events").set({ organizer: "矿务局医院" }).where("id", "=", eventId).execute();
    const detail = z.parse(PartnerDetail, await (await get("/partners/mining-hospital")).json());
    expect(detail).toMatchObject({ name: "矿务局医院", type: "hospital", services: ["公益义诊", "健康讲座", "独居老人健康档案"], partnerSince: "2020-11-10" });
    expect(detail.events.map((event) => event.id)).toEqual([eventId]);
    expect(z.parse(PartnerDetail, await (await get("/partners/taihe-middle-school")).json()).events).toEqual([]);
    const missing = await get("/partners/moon-base");
    expect(missing.status).toBe(404);
    expect(z.parse(Problem, await missing.json()).code).toBe("partner_not_found");
  });

  it("gives the partners as a GeoJSON FeatureCollection, longitude first", async () => {
    const response = await get("/partners.geojson?type=cultural-site");
    expect(response.headers.get("Content-Type")).toBe("application/geo+json");
    const geojson = (await response.json()) as {
      type: string;
      features: Array<{ type: string; id: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }>;
    };
    expect(geojson.type).toBe("FeatureCollection");
    expect(geojson.features).toHaveLength(3);
    const pottery = geojson.features.find((feature) => feature.id === "black-pottery-studio")!;
    expect(pottery).toMatchObject({
      type: "Feature",
      geometry: { type: "Point", coordinates: [116.3667, 39.9161] },
      properties: { name: "黑陶工作室", type: "cultural-site" },
    });
  });
});

describe("managing partners", () => {
  it("needs the community's key", async () => {
    for (const [method, path] of [
      ["POST", "/partners"],
      ["PATCH", "/partners/huaxin-group"],
      ["DELETE", "/partners/huaxin-group"],
    ] as const) {
      expect((await staff(method, path, method === "DELETE" ? undefined : {}, null)).status).toBe(401);
    }
  });

  it("creates, updates and deletes a partner, checking its address, coordinates and links", async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...library, address: " " }, "address"],
      [{ ...library, location: { lat: 95, lng: 116.36 } }, "location.lat"],
      [{ ...library, location: { lat: 39.92 } }, "location.lng"],
      [{ ...library, website: "javascript:alert(1)" }, "website"],
      [{ ...library, type: "zoo" }, "type"],
    ];
    for (const [body, field] of cases) {
      const response = await staff("POST", "/partners", body);
      expect(response.status, field).toBe(400);
      expect(z.parse(Problem, await response.json()).errors!.map((error) => error.field)).toContain(field);
    }
    expect((await get("/partners/taihe-library")).status).toBe(404);

    const created = await staff("POST", "/partners", library);
    expect(created.status).toBe(201);
    expect(created.headers.get("Location")).toBe("/v1/communities/taihe/partners/taihe-library");
    expect((await staff("POST", "/partners", library)).status).toBe(409);
    expect(z.parse(PartnerPage, await (await get("/partners")).json()).items.at(-1)!.id).toBe("taihe-library");

    const moved = z.parse(
      Partner,
      await (await staff("PATCH", "/partners/taihe-library", { location: { lat: 39.924, lng: 116.364 }, services: ["送书上门"] })).json(),
    );
    expect(moved).toMatchObject({ location: { lat: 39.924, lng: 116.364 }, services: ["送书上门"], address: "太和路 150 号" });
    expect((await staff("PATCH", "/partners/taihe-library", { location: { lat: 39.924, lng: 200 } })).status).toBe(400);
    expect((await staff("PATCH", "/partners/moon-base", { name: "月球" })).status).toBe(404);

    expect((await staff("DELETE", "/partners/taihe-library")).status).toBe(204);
    expect((await get("/partners/taihe-library")).status).toBe(404);
    expect((await staff("DELETE", "/partners/taihe-library")).status).toBe(404);
  });
});
