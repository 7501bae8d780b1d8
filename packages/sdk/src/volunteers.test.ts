import { type DemoServer, addShift, startDemoServer } from "@community-kit/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CommunityApiError } from "./index.js";
import { createVolunteerClient } from "./volunteers.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop();
});

describe("createVolunteerClient", () => {
  it("lists opportunities, signs up until the shift is full, waitlists the next, names an overlapping shift, and cancels", async () => {
    const client = createVolunteerClient({ baseUrl: server.url, community: "taihe", cache: false });
    const shiftId = await addShift(server.db, { capacity: 1, daysAhead: 9 });
    const other = await addShift(server.db, { opportunityId: "sorting-guide", daysAhead: 9 });
    const { items: listed } = await client.opportunities.list({ team: "environment" });
    expect(listed.map((opportunity) => opportunity.id)).toEqual(["clean-up-day"]);
    expect(listed[0]!.shifts.find((shift) => shift.id === shiftId)).toMatchObject({ capacity: 1, filled: 0 });

    const first = await client.shifts.signUp(shiftId, { name: "张秀英", phone: "13812340001", showName: true, consent: true });
    expect(first.status).toBe("confirmed");
    const second = await client.shifts.signUp(shiftId, { name: "王建国", phone: "13812340002", consent: true });
    expect(second).toMatchObject({ status: "waitlisted", position: 1 });
    expect((await client.opportunities.get("clean-up-day")).shifts.find((shift) => shift.id === shiftId)).toMatchObject({
      filled: 1,
      waitlisted: 1,
      volunteers: ["张**"],
    });

    const error = await client.shifts.signUp(other, { name: "张秀英", phone: "13812340001", consent: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CommunityApiError);
    expect((error as CommunityApiError).problem!.conflict).toMatchObject({ shiftId, title: "清洁社区卫生" });

    await client.signups.cancel(first.signupId, first.cancelToken);
    expect(await client.signups.check(second.signupId, second.cancelToken)).toEqual({ signupId: second.signupId, shiftId, status: "confirmed" });
    expect((await client.opportunities.get("clean-up-day")).shifts.find((shift) => shift.id === shiftId)).toMatchObject({
      filled: 1,
      waitlisted: 0,
      volunteers: [],
    });
    expect((await fetch(client.shifts.calendarUrl(shiftId))).headers.get("Content-Type")).toContain("text/calendar");
  });
});
