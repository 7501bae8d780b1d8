import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTransaction } from "./database/write-transaction.js";
import { type Refuser, outcomeOf, refuseFields, refuserOf } from "./refusals.js";
import { type DemoServer, startDemoServer } from "./test-support/demo-server.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(() => server.stop());

const refuse: Refuser<"event_past"> = refuserOf();
const nameOf = async () => (await server.db.selectFrom("communities").select("name").where("id", "=", "taihe").executeTakeFirstOrThrow()).name;

describe("a write's outcome", () => {
  it("is what it did, or why it did nothing, with what it wrote before refusing rolled back", async () => {
    const before = await nameOf();
    const rename = (then: () => void) =>
      outcomeOf(() =>
        writeTransaction(server.db, "taihe", async (transaction) => {
          await transaction.updateTable("communities").set({ name: "改名" }).where("id", "=", "taihe").execute();
          then();
          return "renamed";
        }),
      );
    expect(await rename(() => refuse("event_past", "Event is over", "Registration is not possible after an event has ended"))).toEqual({
      refused: { code: "event_past", title: "Event is over", detail: "Registration is not possible after an event has ended" },
    });
    expect(await nameOf()).toBe(before);
    const fields = await rename(() => refuseFields([{ field: "partySize", code: "too_big", message: "At most 4" }]));
    expect(fields.refused).toMatchObject({ code: "invalid_body", detail: "Check partySize", errors: [{ field: "partySize", code: "too_big" }] });
    expect(await nameOf()).toBe(before);
    expect(await rename(() => undefined)).toEqual({ done: "renamed" });
    expect(await nameOf()).toBe("改名");
  });

  it("lets any other error through, as the fault it is", async () => {
    await expect(outcomeOf(async () => Promise.reject(new TypeError("a bug")))).rejects.toThrow("a bug");
  });
});
