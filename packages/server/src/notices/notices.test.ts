import { createHmac, timingSafeEqual } from "node:crypto";
import { type IncomingHttpHeaders, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  BookingResult,
  NoticeChannelsView,
  NoticeList,
  type NoticeMessage,
  Problem,
  RegistrationResult,
  ShiftCancelled,
  SignupCheck,
  SignupResult,
} from "@community-kit/schema";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { type DemoServer, addShift, addUpcomingEvent, createApiKey, startDemoServer, testClock, weekdayAhead } from "../test-support/demo-server.js";
import { GIVE_UP_MS, deliverDueNotices, networkTransport, retryDelay } from "./deliver-notices.js";
import { reminderMoments, writeDueReminders } from "./reminders.js";
import { purgeExpiredNotices } from "../privacy/purge.js";

const SECRET = "a-secret-the-gateway-and-the-centre-share-0001";

/** The community's SMS gateway: checks each notice's signature as docs/notices.md shows, and answers as told. */
function startGateway() {
  const received: Array<{ headers: IncomingHttpHeaders; body: string; signedRight: boolean }> = [];
  const answers: number[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      const timestamp = String(request.headers["community-kit-timestamp"]);
      const expected = `v1=${createHmac("sha256", SECRET).update(`${timestamp}.${body}`).digest("hex")}`;
      const given = String(request.headers["community-kit-signature"]);
      const signedRight = given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
      received.push({ headers: request.headers, body, signedRight });
      response.writeHead(signedRight ? (answers.shift() ?? 200) : 401).end();
    });
  });
  const listening = new Promise<string>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/notices`)),
  );
  return {
    url: listening,
    received,
    messages: () => received.map((request) => JSON.parse(request.body) as NoticeMessage),
    /** The next answers, in turn; 200 after them. */
    answer: (...statuses: number[]) => answers.push(...statuses),
    reset: () => {
      received.length = 0;
      answers.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The community's mail server: takes what is sent, as a real SMTP server does. */
function startMailServer() {
  const mail: Array<{ to: string[]; data: string }> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let data = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => (data += chunk));
      stream.on("end", () => {
        mail.push({ to: session.envelope.rcptTo.map((to) => to.address), data });
        callback();
      });
    },
  });
  const listening = new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.server.address() as AddressInfo).port)));
  return { port: listening, mail, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let server: DemoServer;
let key: string;
const gateway = startGateway();
const mailServer = startMailServer();

const staff = async (method: string, path: string, body?: unknown) =>
  fetch(`${server.url}/v1/communities/taihe${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });

const resident = (path: string, body: unknown, idempotencyKey = crypto.randomUUID()) =>
  fetch(`${server.url}/v1/communities/taihe${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey },
    body: JSON.stringify(body),
  });

/** Sends what is due `minutes` after the test clock's now. */
const deliver = (minutes = 0) => deliverDueNotices(server.db, new Date(testClock.now().getTime() + minutes * 60_000), networkTransport);

const notices = async (query = "") => z.parse(NoticeList, await (await staff("GET", `/notices${query}`)).json()).items;

beforeAll(async () => {
  server = await startDemoServer();
  key = await createApiKey(server.db, "taihe", "notices");
  const webhook = { url: await gateway.url, secret: SECRET, via: "sms" };
  const email = { host: "127.0.0.1", port: await mailServer.port, secure: false, from: "太和社区 <notices@taihe.example.cn>" };
  expect((await staff("PUT", "/notice-channels", { webhook, email })).status).toBe(200);
});
afterAll(async () => {
  await server?.stop();
  await gateway.close();
  await mailServer.close();
});
beforeEach(async () => {
  gateway.reset();
  mailServer.mail.length = 0;
  await server.db.deleteFrom("notices").execute();
});

const register = async (eventId: string, phone: string, extra: object = { notify: true }) =>
  z.parse(
    RegistrationResult,
    await (await resident(`/events/${eventId}/registrations`, { name: "王阿姨", phone, partySize: 1, consent: true, ...extra })).json(),
  );

describe("notices to residents", () => {
  it("keeps the channels' secrets to itself, and wants a secret with a new webhook address", async () => {
    const view = z.parse(NoticeChannelsView, await (await staff("GET", "/notice-channels")).json());
    expect(view.webhook).toEqual({ url: await gateway.url, via: "sms" });
    expect(view.email?.passwordSet).toBe(false);
    expect(JSON.stringify(view)).not.toContain(SECRET);
    // Residents' forms read how they would be told, and nothing more of the channels.
    const community = await (await fetch(`${server.url}/v1/communities/taihe`)).json();
    expect(community.notices).toEqual(["sms", "email"]);

    const noSecret = await staff("PUT", "/notice-channels", { webhook: { url: "https://sms.taihe.example.cn/hook", via: "sms" }, email: null });
    expect([noSecret.status, z.parse(Problem, await noSecret.json()).errors?.[0]?.field]).toEqual([400, "webhook.secret"]);
    const inClear = await staff("PUT", "/notice-channels", { webhook: { url: "http://sms.taihe.example.cn/hook", via: "sms", secret: SECRET }, email: null });
    expect(inClear.status).toBe(400);
    // The same address again keeps the secret held.
    const same = await staff("PUT", "/notice-channels", {
      webhook: { url: await gateway.url, via: "wechat" },
      email: view.email && { ...view.email, passwordSet: undefined },
    });
    expect(z.parse(NoticeChannelsView, await same.json()).webhook?.via).toBe("wechat");
    await staff("PUT", "/notice-channels", { webhook: { url: await gateway.url, via: "sms" }, email: view.email && { ...view.email, passwordSet: undefined } });
  });

  it("refuses a community's wording that names what it cannot fill in, or turns a booking down without the reason", async () => {
    const channels = z.parse(NoticeChannelsView, await (await staff("GET", "/notice-channels")).json());
    const held = { webhook: channels.webhook, email: channels.email && { ...channels.email, passwordSet: undefined } };
    const refused = async (templates: unknown) => {
      const answer = await staff("PUT", "/notice-channels", { ...held, templates });
      return [answer.status, z.parse(Problem, await answer.json()).errors?.map((error) => error.field)];
    };
    expect(await refused({ "zh-CN": { approved: "【{community}】{name}，您预约的{title}已通过。" } })).toEqual([400, ["templates.zh-CN.approved"]]);
    expect(await refused({ en: { rejected: "{community}: your booking of {title} was not approved." } })).toEqual([400, ["templates.en.rejected"]]);
    const heldWording = async () => z.parse(NoticeChannelsView, await (await staff("GET", "/notice-channels")).json()).templates;
    expect(await heldWording()).toEqual(channels.templates);

    // The channels and the wording are written on their own: the channels without wording keep it; {} is the kit's again.
    const wording = { en: { approved: "{community}: good news, {title} ({when}) is yours." } };
    await staff("PUT", "/notice-channels", { ...held, templates: wording });
    await staff("PUT", "/notice-channels", held);
    expect(await heldWording()).toEqual(wording);
    await staff("PUT", "/notice-channels", { ...held, templates: channels.templates ?? {} });
    expect(await heldWording()).toEqual(channels.templates ?? {});
  });

  it("posts a confirmed registration to the gateway once, signed, with the phone in the body and the words in the resident's language", async () => {
    const eventId = await addUpcomingEvent(server.db, { title: "智能手机课" });
    const registration = await register(eventId, "13900000101", { notify: true, locale: "zh-Hant" });
    expect(registration.status).toBe("confirmed");

    expect(await deliver()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(await deliver(60)).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(gateway.received.map((request) => request.signedRight)).toEqual([true]);
    const [message] = gateway.messages();
    expect(message).toMatchObject({
      cause: "confirmed",
      subject: { type: "registration", id: registration.registrationId },
      locale: "zh-Hant",
      title: "智能手机课",
      place: "书画活动室",
      to: { phone: "13900000101", phoneMasked: "139****0101" },
    });
    expect(message?.text).toMatch(/^【太和社区】您已報名「智能手机课」，/);
    expect(new URL(await gateway.url).search).toBe("");

    const [listed] = await notices();
    expect(listed).toMatchObject({ cause: "confirmed", channel: "webhook", recipient: "139****0101", status: "delivered", attempts: 1 });
    expect(JSON.stringify(await notices())).not.toContain("13900000101");
  });

  it("tells nobody who did not ask", async () => {
    const eventId = await addUpcomingEvent(server.db);
    await register(eventId, "13900000102", {});
    await register(eventId, "13900000103", { notify: false, email: "li@example.cn" });
    expect(await deliver()).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(await notices()).toEqual([]);
  });

  it("e-mails a resident who gave an address, through the community's SMTP server, as well as the gateway", async () => {
    const eventId = await addUpcomingEvent(server.db, { title: "Tai chi for beginners" });
    await register(eventId, "+442079460958", { notify: true, email: "margaret@example.co.uk", locale: "en" });
    expect((await deliver()).delivered).toBe(2);
    expect(mailServer.mail.map((mail) => mail.to)).toEqual([["margaret@example.co.uk"]]);
    expect(mailServer.mail[0]?.data).toContain("Subject: Tai chi for beginners");
    expect((await notices()).map((notice) => [notice.channel, notice.recipient]).sort()).toEqual([
      ["email", "m***@example.co.uk"],
      ["webhook", "+44******0958"],
    ]);
  });

  it("tries again after the gateway fails twice, waiting longer each time", async () => {
    const eventId = await addUpcomingEvent(server.db);
    await register(eventId, "13900000104");
    gateway.answer(500, 503);
    expect(await deliver()).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    // Not before the wait is over.
    expect(await deliver(0.25)).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(await deliver(retryDelay(1) / 60_000)).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    const [waiting] = await notices();
    expect(waiting).toMatchObject({ status: "pending", attempts: 2, lastError: "The gateway answered 503" });
    expect(await deliver((retryDelay(1) + retryDelay(2)) / 60_000)).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect((await notices())[0]).toMatchObject({ status: "delivered", attempts: 3, lastError: null });
    // Each try was the same notice: a gateway that got it before can tell.
    expect(new Set(gateway.messages().map((message) => message.id)).size).toBe(1);
  });

  it("marks a notice failed once a day has gone by, and staff can send it again", async () => {
    const eventId = await addUpcomingEvent(server.db);
    await register(eventId, "13900000105");
    gateway.answer(...Array(40).fill(502));
    let minutes = 0;
    while ((await notices("?status=pending")).length) {
      await deliver(minutes);
      minutes += 60;
    }
    const [failed] = await notices("?status=failed");
    expect(failed?.attempts).toBeGreaterThan(20);
    expect(minutes).toBeGreaterThanOrEqual(GIVE_UP_MS / 60_000);
    expect(minutes).toBeLessThanOrEqual(GIVE_UP_MS / 60_000 + 120);

    gateway.reset();
    const resent = await staff("POST", `/notices/${failed?.id}/resend`);
    expect((await resent.json()).status).toBe("pending");
    expect(await deliver()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect((await staff("POST", "/notices/none/resend")).status).toBe(404);
  });

  it("writes exactly one notice per change when staff approve the same booking at once from several desks", async () => {
    const day = weekdayAhead(3);
    const booking = z.parse(
      BookingResult,
      await (
        await resident("/bookings", {
          resourceId: "multi-purpose-room",
          start: `${day}T09:00:00+08:00`,
          end: `${day}T11:00:00+08:00`,
          purpose: "老年大学结业式",
          name: "赵老师",
          phone: "13900000106",
          consent: true,
          notify: true,
        })
      ).json(),
    );
    expect(booking.status).toBe("pending");
    const answers = await Promise.all(Array.from({ length: 6 }, () => staff("POST", `/bookings/${booking.bookingId}/approve`)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    await deliver();
    expect(gateway.messages().map((message) => [message.cause, message.subject.id])).toEqual([["approved", booking.bookingId]]);
    expect(gateway.messages()[0]?.text).toContain("已通过审核");
  });

  it("tells the one who moves off the waitlist once, when a place is given back from several devices at once", async () => {
    const eventId = await addUpcomingEvent(server.db, { capacity: 1 });
    const first = await register(eventId, "13900000107");
    const second = await register(eventId, "13900000108");
    const third = await register(eventId, "13900000109");
    expect([first.status, second.status, third.status]).toEqual(["confirmed", "waitlisted", "waitlisted"]);
    await Promise.all(
      Array.from({ length: 5 }, () =>
        fetch(`${server.url}/v1/communities/taihe/events/${eventId}/registrations/${first.registrationId}`, {
          method: "DELETE",
          headers: { "Cancel-Token": first.cancelToken },
        }),
      ),
    );
    await deliver();
    const told = gateway.messages().map((message) => [message.cause, message.to.phone]);
    expect(told.sort()).toEqual([
      ["confirmed", "13900000107"],
      ["promoted", "13900000108"],
    ]);
  });

  it("tells each volunteer taken off the waitlist, and the centre's reason when it turns a booking down", async () => {
    const shiftId = await addShift(server.db, { capacity: 1 });
    const signUp = (phone: string) =>
      resident(`/shifts/${shiftId}/signups`, { name: "小李", phone, consent: true, notify: true }).then(async (response) =>
        z.parse(SignupResult, await response.json()),
      );
    await signUp("13900000110");
    const waiting = await signUp("13900000111");
    expect((await staff("POST", `/signups/${waiting.signupId}/confirm`)).status).toBe(200);

    const day = weekdayAhead(4);
    const booking = z.parse(
      BookingResult,
      await (
        await resident("/bookings", {
          resourceId: "multi-purpose-room",
          start: `${day}T14:00:00+08:00`,
          end: `${day}T16:00:00+08:00`,
          purpose: "舞蹈队排练",
          name: "钱阿姨",
          phone: "13900000112",
          consent: true,
          notify: true,
        })
      ).json(),
    );
    expect((await staff("POST", `/bookings/${booking.bookingId}/reject`, { reason: "当天下午礼堂有社区大会" })).status).toBe(200);
    await deliver();
    expect(gateway.messages().map((message) => [message.subject.type, message.cause, message.reason])).toEqual(
      expect.arrayContaining([
        ["signup", "confirmed", undefined],
        ["signup", "promoted", undefined],
        ["booking", "rejected", "当天下午礼堂有社区大会"],
      ]),
    );
    expect(gateway.messages().find((message) => message.cause === "rejected")?.text).toMatch(/未通过审核：当天下午礼堂有社区大会$/);
  });

  it("tells each volunteer of a shift the centre calls off, with its reason: the shift leaves the listing and takes no more sign-ups", async () => {
    const shiftId = await addShift(server.db, { capacity: 1 });
    const signUp = (phone: string) => resident(`/shifts/${shiftId}/signups`, { name: "小周", phone, consent: true, notify: true });
    const confirmed = z.parse(SignupResult, await (await signUp("13900000120")).json());
    const waiting = z.parse(SignupResult, await (await signUp("13900000121")).json());
    expect(waiting.status).toBe("waitlisted");
    const reason = "暴雨预警，户外清洁改期";

    expect((await staff("POST", `/shifts/${shiftId}/cancel`, { reason: "" })).status).toBe(400);
    const cancelled = await staff("POST", `/shifts/${shiftId}/cancel`, { reason });
    expect(z.parse(ShiftCancelled, await cancelled.json())).toEqual({ shiftId, signupsCancelled: 2 });
    expect((await staff("POST", `/shifts/${shiftId}/cancel`, { reason })).status, "called off once").toBe(404);

    await deliver();
    const told = gateway.messages().filter((message) => message.cause === "cancelled");
    expect(told.map((message) => [message.to.phone, message.reason]).sort()).toEqual([
      ["13900000120", reason],
      ["13900000121", reason],
    ]);
    expect(told[0]?.text).toMatch(/已取消：暴雨预警，户外清洁改期$/);

    // What residents' devices read: the sign-up ended with the shift, and why.
    const check = await fetch(`${server.url}/v1/communities/taihe/signups/${confirmed.signupId}`, { headers: { "Cancel-Token": confirmed.cancelToken } });
    expect(z.parse(SignupCheck, await check.json())).toEqual({ signupId: confirmed.signupId, shiftId, status: "cancelled", shiftCancelled: true, reason });
    const byCode = await resident("/status-by-code", { code: waiting.shortCode, phone: "13900000121" });
    expect(await byCode.json()).toMatchObject({ kind: "signup", status: "cancelled", eventCancelled: true, reason });
    const listed = await (await fetch(`${server.url}/v1/communities/taihe/opportunities`)).json();
    expect(JSON.stringify(listed)).not.toContain(shiftId);
    expect((await signUp("13900000122")).status).toBe(404);
  });

  it("calls off no shift that has begun", async () => {
    const shiftId = await addShift(server.db, { capacity: 2 });
    await server.db
      .updateTable("shifts")
      .set({ start_at: new Date(testClock.now().getTime() - 60_000).toISOString() })
      .where("id", "=", shiftId)
      .execute();
    const refused = await staff("POST", `/shifts/${shiftId}/cancel`, { reason: "人手不够" });
    expect([refused.status, z.parse(Problem, await refused.json()).code]).toEqual([409, "shift_started"]);
  });

  it("tells everyone registered that the centre called the event off, in the community's own words where it set them", async () => {
    const view = z.parse(NoticeChannelsView, await (await staff("GET", "/notice-channels")).json());
    const templates = { "zh-CN": { cancelled: "【{community}】{title}（{when}）因故取消，敬请谅解。" } };
    await staff("PUT", "/notice-channels", { webhook: view.webhook, email: view.email && { ...view.email, passwordSet: undefined }, templates });
    const eventId = await addUpcomingEvent(server.db, { title: "重阳节敬老宴", capacity: 1 });
    await register(eventId, "13900000113");
    await register(eventId, "13900000114");
    await register(eventId, "13900000115", {});
    expect((await staff("POST", `/events/${eventId}/cancel`)).status).toBe(200);
    await deliver();
    const cancelled = gateway.messages().filter((message) => message.cause === "cancelled");
    expect(cancelled.map((message) => message.to.phone).sort()).toEqual(["13900000113", "13900000114"]);
    expect(cancelled[0]?.text).toMatch(/^【太和社区】重阳节敬老宴（.+）因故取消，敬请谅解。$/);
    await staff("PUT", "/notice-channels", { webhook: view.webhook, email: view.email && { ...view.email, passwordSet: undefined }, templates: {} });
  });

  it("reminds the day before and two hours before, once each, at the moments the injected clock reaches", async () => {
    const eventId = await addUpcomingEvent(server.db, { title: "社区合唱排练", daysAhead: 3 });
    const registration = await register(eventId, "13900000116");
    const event = await server.db.selectFrom("events").select(["start_at", "timezone"]).where("id", "=", eventId).executeTakeFirstOrThrow();
    const { dayBefore, hoursBefore } = reminderMoments(new Date(event.start_at), event.timezone);
    const remindersAt = async (moment: Date) => {
      await writeDueReminders(server.db, moment);
      return (await notices())
        .filter((notice) => notice.subjectId === registration.registrationId && notice.cause.startsWith("reminder"))
        .map((notice) => notice.cause);
    };
    expect(await remindersAt(new Date(dayBefore.getTime() - 60_000))).toEqual([]);
    expect(await remindersAt(dayBefore)).toEqual(["reminder-day"]);
    expect(await writeDueReminders(server.db, dayBefore), "what is written is not written again, run after run").toBe(0);
    expect(await remindersAt(new Date(dayBefore.getTime() + 5 * 60_000))).toEqual(["reminder-day"]);
    expect(await remindersAt(hoursBefore)).toEqual(["reminder-hours", "reminder-day"]);
    await deliverDueNotices(server.db, hoursBefore, networkTransport);
    const text = (cause: string) => gateway.messages().find((message) => message.cause === cause)?.text;
    expect(text("reminder-day")).toMatch(/^【太和社区】提醒：您报名的“社区合唱排练”明天举行，/);
    expect(text("reminder-hours")).toMatch(/^【太和社区】提醒：您报名的“社区合唱排练”即将开始，/);
  });

  it("tells a resident the centre cancelled her booking, with its reason, which her device reads too; her own cancelling has none", async () => {
    const day = weekdayAhead(5);
    const bookRoom = async (from: string, phone: string) =>
      z.parse(
        BookingResult,
        await (
          await resident("/bookings", {
            resourceId: "calligraphy-room",
            start: `${day}T${from}:00+08:00`,
            end: `${day}T${String(Number(from.slice(0, 2)) + 1).padStart(2, "0")}:00:00+08:00`,
            purpose: "书法练习",
            name: "孙老师",
            phone,
            consent: true,
            notify: true,
          })
        ).json(),
      );
    const theirs = await bookRoom("09:00", "13900000117");
    const reason = "活动室漏水维修";
    const cancelled = await staff("POST", `/bookings/${theirs.bookingId}/cancel`, { reason });
    expect(cancelled.status).toBe(200);
    expect((await staff("POST", `/bookings/${theirs.bookingId}/cancel`, { reason })).status).toBe(409);
    const check = (booking: BookingResult) =>
      fetch(`${server.url}/v1/communities/taihe/bookings/${booking.bookingId}`, { headers: { "Cancel-Token": booking.cancelToken } }).then((response) =>
        response.json(),
      );
    expect(await check(theirs)).toMatchObject({ status: "cancelled", reason });

    const own = await bookRoom("15:00", "13900000118");
    await fetch(`${server.url}/v1/communities/taihe/bookings/${own.bookingId}`, { method: "DELETE", headers: { "Cancel-Token": own.cancelToken } });
    expect((await check(own)).reason).toBeUndefined();

    await deliver();
    const told = gateway.messages().filter((message) => message.cause === "cancelled");
    expect(told.map((message) => [message.to.phone, message.reason])).toEqual([["13900000117", reason]]);
    expect(told[0]?.text).toMatch(/已被中心取消：活动室漏水维修$/);
  });

  it("keeps a resident's address only to tell her: shown in what is held for her phone, erased with her, her notices with it", async () => {
    const eventId = await addUpcomingEvent(server.db);
    await register(eventId, "13900000119", { notify: true, email: "he@example.cn" });
    expect((await notices()).map((notice) => notice.recipient).sort()).toEqual(["139****0119", "h***@example.cn"]);
    const held = await (await staff("GET", "/personal-data?phone=13900000119")).json();
    expect(held.registrations.map((registration: { email?: string }) => registration.email)).toEqual(["he@example.cn"]);

    expect((await staff("DELETE", "/personal-data?phone=13900000119")).status).toBe(200);
    expect(await notices()).toEqual([]);
    const row = await server.db.selectFrom("registrations").select(["email", "notify", "phone"]).where("event_id", "=", eventId).executeTakeFirstOrThrow();
    expect([row.email, row.notify, row.phone.startsWith("erased:")]).toEqual([null, 0, true]);
  });

  it("forgets notices once the community's retention period has passed, and sends none to a number that was erased", async () => {
    const eventId = await addUpcomingEvent(server.db);
    await register(eventId, "13900000120");
    await server.db.updateTable("registrations").set({ phone: "erased:x" }).where("event_id", "=", eventId).execute();
    expect(await deliver()).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    expect(gateway.received).toEqual([]);
    expect((await notices())[0]?.lastError).toBe("The resident's phone is no longer held");

    const retention = await server.db.selectFrom("communities").select("retention_days").where("id", "=", "taihe").executeTakeFirstOrThrow();
    const justBefore = new Date(testClock.now().getTime() + retention.retention_days * 86_400_000 - 60_000);
    expect(await purgeExpiredNotices(server.db, justBefore)).toBe(0);
    expect(await purgeExpiredNotices(server.db, new Date(justBefore.getTime() + 120_000))).toBe(1);
    expect(await notices()).toEqual([]);
  });
});
