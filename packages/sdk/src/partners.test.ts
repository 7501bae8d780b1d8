import { type DemoServer, createApiKey, startDemoServer } from "@community-kit/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminClient } from "./admin.js";
import type { CommunityApiError } from "./index.js";
import { createPartnerClient } from "./partners.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop();
});

describe("createPartnerClient", () => {
  it("lists partners by type, reads one with its events, and staff add, move and remove one", async () => {
    const client = createPartnerClient({ baseUrl: server.url, community: "taihe", cache: false });
    expect((await client.partners.list({ types: ["cultural-site"] })).items.map((partner) => partner.name)).toEqual([
      "军事历史陈列馆",
      "机床博物馆",
      "黑陶工作室",
    ]);
    expect(await client.partners.get("calligraphy-society")).toMatchObject({ type: "social-organisation", events: [] });
    expect(client.partners.geoJsonUrl({ types: ["school", "hospital"] })).toBe(`${server.url}/v1/communities/taihe/partners.geojson?type=school,hospital`);

    const admin = createAdminClient({ baseUrl: server.url, community: "taihe", apiKey: await createApiKey(server.db, "taihe", "sdk"), cache: false });
    await admin.admin.partners.create({
      id: "canal-street",
      name: "运河老街",
      type: "cultural-site",
      address: "运河路",
      location: { lat: 39.9158, lng: 116.3672 },
      contact: {},
      description: "",
      services: ["导览"],
    });
    expect((await admin.admin.partners.update("canal-street", { location: { lat: 39.9157, lng: 116.3671 } })).location).toEqual({
      lat: 39.9157,
      lng: 116.3671,
    });
    const refused = await admin.admin.partners.update("canal-street", { location: { lat: 91, lng: 0 } }).catch((error: unknown) => error);
    expect((refused as CommunityApiError).fieldErrors["location.lat"]).toBeDefined();
    await admin.admin.partners.delete("canal-street");
    expect((await client.partners.list()).items.some((partner) => partner.id === "canal-street")).toBe(false);
  });
});
