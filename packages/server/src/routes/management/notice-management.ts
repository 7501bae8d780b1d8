import { ManagedNotice, NoticeChannelsView, NoticeChannelsWrite, NoticeList, NoticeListQuery } from "@community-kit/schema";
import { describeRoute } from "hono-openapi";
import { jsonAnswer, pathId, problemAnswer } from "../../api-document/describe.js";
import { validJson, validQuery } from "../../http/validation.js";
import { channelsView, listNotices, resendNotice, setNoticeChannels } from "../../notices/manage-notices.js";
import { noticeChannelsOf } from "../../notices/notice-channels.js";
import type { Management } from "./management.js";

/** Where residents' notices go (an admin's setting), and each notice's delivery, which staff may send again. */
export function manageNotices({ routes, db, allow, community, noStore, personal }: Management): void {
  routes.get(
    "/communities/:community/notice-channels",
    describeRoute({
      operationId: "readNoticeChannels",
      summary: "Where residents' notices go: the community's gateway webhook and SMTP server, without their secrets",
      responses: { 200: jsonAnswer("The channels; null for one the community does not use", NoticeChannelsView) },
    }),
    allow("settings"),
    community,
    async (context) => context.json(channelsView(await noticeChannelsOf(db, context.get("community").id)), 200, noStore),
  );

  routes.put(
    "/communities/:community/notice-channels",
    describeRoute({
      operationId: "setNoticeChannels",
      summary: "Set where residents' notices go: a webhook (https) to the community's SMS or WeChat gateway, signed with its secret, and SMTP",
      responses: {
        200: jsonAnswer("The channels as they are now, without their secrets", NoticeChannelsView),
        400: problemAnswer("A field is at fault, or a new webhook address came without its secret (invalid_body)"),
      },
    }),
    allow("settings"),
    community,
    validJson(NoticeChannelsWrite),
    async (context) => context.json(await setNoticeChannels(db, context.get("community").id, context.req.valid("json")), 200, noStore),
  );

  routes.get(
    "/communities/:community/notices",
    describeRoute({
      operationId: "listNotices",
      summary: "The notices residents were sent, latest first: to whom (masked), why, and how delivery went",
      responses: { 200: jsonAnswer("A page of notices (50 unless limit says), and the cursor of the next", NoticeList) },
    }),
    allow("notices"),
    community,
    validQuery(NoticeListQuery),
    async (context) => context.json(await listNotices(db, context.get("community").id, context.req.valid("query")), 200, personal),
  );

  routes.post(
    "/communities/:community/notices/:id/resend",
    describeRoute({
      operationId: "resendNotice",
      summary: "Send a notice again, at once and with a new day of tries (a gateway that was down, a resident who lost the message)",
      parameters: [pathId("The notice's id")],
      responses: { 200: jsonAnswer("The notice, waiting to go", ManagedNotice), 404: problemAnswer("No such notice (notice_not_found)") },
    }),
    allow("notices"),
    community,
    async (context) => context.json(await resendNotice(db, context.get("community").id, context.req.param("id"), context.get("now")), 200, personal),
  );
}
