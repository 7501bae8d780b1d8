import type { Context, MiddlewareHandler } from "hono";
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { documented } from "../api-document/describe.js";
import { type Refuser, refuserOf } from "../refusals.js";
import { ProblemError } from "./problem.js";

/** The longest Idempotency-Key taken. */
const MAX_KEY_LENGTH = 200;

/**
 * The Idempotency-Key every resident write must send, for the handlers after
 * it (`context.get("idempotencyKey")`), and the header in the document: 400
 * without one.
 */
export function idempotencyKey(what: string): MiddlewareHandler<{ Variables: { idempotencyKey: string } }> {
  const middleware: MiddlewareHandler<{ Variables: { idempotencyKey: string } }> = async (context, next) => {
    const key = context.req.header("Idempotency-Key")?.trim();
    if (!key || key.length > MAX_KEY_LENGTH) {
      throw new ProblemError(
        400,
        "idempotency_key_missing",
        "Idempotency-Key needed",
        `Send a unique Idempotency-Key header (at most ${MAX_KEY_LENGTH} characters) with each ${what}`,
      );
    }
    context.set("idempotencyKey", key);
    await next();
  };
  return documented(middleware, () => ({
    parameters: [
      {
        name: "Idempotency-Key",
        in: "header",
        required: true,
        description: `Unique per ${what}; a retry with the same key replays the first answer`,
        schema: { type: "string", maxLength: MAX_KEY_LENGTH },
      },
    ],
  }));
}

/** What makes two requests "the same" for a key: a hash of what they ask. */
export const fingerprintOf = (...parts: unknown[]) => createHash("sha256").update(JSON.stringify(parts)).digest("hex");

const refuse: Refuser<"idempotency_key_reused"> = refuserOf();

/**
 * The first answer to this key, if there was one (call inside the write's
 * transaction); the same key with a different request is refused
 * (idempotency_key_reused).
 */
export async function earlierAnswer<Body>(
  db: Kysely<Database>,
  communityId: string,
  key: string,
  fingerprint: string,
): Promise<{ status: number; body: Body } | undefined> {
  const earlier = await db.selectFrom("idempotency_keys").selectAll().where("community_id", "=", communityId).where("key", "=", key).executeTakeFirst();
  if (!earlier) return undefined;
  if (earlier.fingerprint !== fingerprint) {
    refuse("idempotency_key_reused", "Idempotency-Key already used", "This key was sent with a different request; use a new key");
  }
  return { status: earlier.status, body: JSON.parse(earlier.body) as Body };
}

/** Keeps the answer to a key, in the same transaction as the write it answers. */
export async function rememberAnswer(
  db: Kysely<Database>,
  communityId: string,
  key: string,
  fingerprint: string,
  status: number,
  body: unknown,
  now: Date,
): Promise<void> {
  await db
    .insertInto("idempotency_keys")
    .values({ community_id: communityId, key, fingerprint, status, body: JSON.stringify(body), created_at: now.toISOString() })
    .execute();
}

/** The 201 of a resident's idempotent write: never cached, and marked when it replays the first answer for the key. */
export function createdAnswer(context: Context, answer: { replayed: boolean; body: unknown }): Response {
  context.header("Cache-Control", "no-store");
  if (answer.replayed) context.header("Idempotent-Replayed", "true");
  return context.json(answer.body, 201);
}
