import type { Context } from "hono";
import { ProblemError } from "../http/problem.js";

/** The request's JSON body; 415 when it is sent as something else, 400 when it is not JSON. */
export async function jsonBody(context: Context): Promise<unknown> {
  if (!(context.req.header("Content-Type") ?? "").toLowerCase().startsWith("application/json")) {
    throw new ProblemError(415, "invalid_body", "JSON expected", "Send the body as application/json");
  }
  try {
    return await context.req.json();
  } catch {
    throw new ProblemError(400, "invalid_body", "Invalid JSON", "The request body is not valid JSON", [
      { field: "(body)", code: "invalid_json", message: "Not valid JSON" },
    ]);
  }
}
