import type { Context } from "hono";
import { refuseNulInBody } from "../http/nul-characters.js";
import { ProblemError } from "../http/problem.js";

/** The request's JSON body; 415 when it is sent as anything but application/json, 400 when it is not JSON or holds a NUL. */
export async function jsonBody(context: Context): Promise<unknown> {
  // The media type itself, without its parameters (charset): application/jsonx is not JSON.
  const mediaType = (context.req.header("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (mediaType !== "application/json") {
    throw new ProblemError(415, "invalid_body", "JSON expected", "Send the body as application/json");
  }
  let body: unknown;
  try {
    body = await context.req.json();
  } catch {
    throw new ProblemError(400, "invalid_body", "Invalid JSON", "The request body is not valid JSON", [
      { field: "(body)", code: "invalid_json", message: "Not valid JSON" },
    ]);
  }
  refuseNulInBody(body);
  return body;
}
