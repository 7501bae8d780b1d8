import type { Context, Hono } from "hono";
import { PatternRouter } from "hono/router/pattern-router";
import { ProblemError, problemResponse } from "./problem.js";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/**
 * The answer for a path no route took with this method: 405 with the methods
 * it does take (`Allow`) when some route serves the path, else 404. Read from
 * the app's own routes, so every resource added is covered.
 */
export function unroutedAnswer(app: { routes: Hono["routes"] }, notFound: (context: Context) => Response): (context: Context) => Response {
  let router: PatternRouter<string> | undefined;
  return (context) => {
    if (!router) {
      // Built at the first such request: by then every route is registered. Middleware is registered for ALL methods.
      router = new PatternRouter<string>();
      for (const route of app.routes) if (METHODS.includes(route.method as (typeof METHODS)[number])) router.add(route.method, route.path, route.method);
    }
    // A trailing slash is another address (Hono's routing is strict), which the pattern router would not tell.
    const allowed = context.req.path.endsWith("/") ? [] : METHODS.filter((method) => router!.match(method, context.req.path)[0].length > 0);
    if (!allowed.length) return notFound(context);
    const allow = [...allowed.flatMap((method) => (method === "GET" ? ["GET", "HEAD"] : [method])), "OPTIONS"].join(", ");
    context.header("Allow", allow);
    return problemResponse(
      context,
      new ProblemError(405, "method_not_allowed", "Method not allowed", `${context.req.method} is not allowed here; ${allow} are`),
    );
  };
}
