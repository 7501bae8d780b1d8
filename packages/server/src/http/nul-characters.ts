import type { FieldError } from "@community-kit/schema";
import type { MiddlewareHandler } from "hono";
import { invalidFields, invalidParameters, ProblemError } from "./problem.js";

/**
 * A NUL character is text no person types: PostgreSQL refuses it in text
 * (a 500 for the request), SQLite keeps it and hands it on to CSV exports.
 * Refused wherever it comes, named where it came.
 */
export const refuseNulInUrl: MiddlewareHandler = async (context, next) => {
  const url = new URL(context.req.url);
  if (hasNul(safeDecode(url.pathname))) {
    throw new ProblemError(400, "invalid_path", "Invalid path", "The path holds a NUL character", [nulIn("(path)")]);
  }
  const fields = [...url.searchParams].filter(([name, value]) => hasNul(name) || hasNul(value)).map(([name]) => name.replaceAll("\u0000", "\\0"));
  if (fields.length) throw invalidParameters(fields.map(nulIn));
  await next();
};

/** A 400 naming every field of a JSON body whose value (or name) holds a NUL character. */
export function refuseNulInBody(body: unknown): void {
  const fields: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === "string") {
      if (hasNul(value)) fields.push(path || "(body)");
    } else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, path ? `${path}.${index}` : String(index));
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        const field = path ? `${path}.${key}` : key;
        if (hasNul(key)) fields.push(field.replaceAll("\u0000", "\\0"));
        else visit(item, field);
      }
    }
  };
  visit(body, "");
  if (fields.length) throw invalidFields(fields.map(nulIn));
}

const hasNul = (text: string) => text.includes("\u0000");
const nulIn = (field: string): FieldError => ({ field, code: "invalid_character", message: "No NUL characters" });

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
