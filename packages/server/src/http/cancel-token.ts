import type { MiddlewareHandler } from "hono";
import { documented } from "../api-document/describe.js";

/**
 * The Cancel-Token a resident's write answered with, sent back to cancel it
 * or see where it stands, for the handlers after it (`context.get("cancelToken")`,
 * empty when none was sent), and the header in the document.
 */
export function cancelToken(description?: string): MiddlewareHandler<{ Variables: { cancelToken: string } }> {
  const middleware: MiddlewareHandler<{ Variables: { cancelToken: string } }> = async (context, next) => {
    context.set("cancelToken", context.req.header("Cancel-Token") ?? "");
    await next();
  };
  return documented(middleware, () => ({
    parameters: [{ name: "Cancel-Token", in: "header", required: true, ...(description ? { description } : {}), schema: { type: "string" } }],
  }));
}
