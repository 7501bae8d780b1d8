import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { RETAINED_304_HEADERS, etag } from "hono/etag";
import { secureHeaders } from "hono/secure-headers";
import type { Kysely } from "kysely";
import { type Clock, systemClock } from "@community-kit/schema";
import type { Database } from "./database/tables.js";
import { type ApiEnv, requestTime } from "./http/request-time.js";
import { compression } from "./http/compression.js";
import { unroutedAnswer } from "./http/method-not-allowed.js";
import { refuseNulInUrl } from "./http/nul-characters.js";
import { createApiDocument } from "./api-document/create-api-document.js";
import { ProblemError, problemResponse } from "./http/problem.js";
import { DEFAULT_SHORT_CODE_TRIES, type ShortCodeTries } from "./short-codes/cancel-by-code.js";
import { shortCodeRoutes } from "./routes/short-code-routes.js";
import { staffRoutes } from "./routes/staff-routes.js";
import { identifyStaff } from "./staff/identify-staff.js";
import { PUBLIC_READ_CACHE, versionedReads } from "./http/versioned-reads.js";
import { DEFAULT_WRITE_LIMITS, type WriteLimits, writeGuard } from "./http/write-guard.js";
import { identifyKeyHolder } from "./management/require-manager.js";
import { apiRoutes } from "./routes/api-routes.js";
import { calendarRoutes } from "./routes/calendar-routes.js";
import { managementRoutes } from "./routes/management-routes.js";
import { bookingRoutes } from "./routes/booking-routes.js";
import { volunteerRoutes } from "./routes/volunteer-routes.js";
import { partnerRoutes } from "./routes/partner-routes.js";
import { resourceRoutes } from "./routes/resource-routes.js";
import { registrationRoutes } from "./routes/registration-routes.js";

export interface StaticMount {
  /** URL prefix, e.g. "/" or "/embed/" */
  urlPrefix: string;
  /** Folder served under it */
  root: string;
}

export interface AppOptions {
  /** Folders served from the same origin as the API (the demo's example pages and bundles). */
  staticMounts?: StaticMount[];
  /** Residents' writes a minute, per client and per community (DEFAULT_WRITE_LIMITS). */
  writeLimits?: WriteLimits;
  /** Wrong short codes let through an hour, per phone and per client (DEFAULT_SHORT_CODE_TRIES). */
  shortCodeTries?: ShortCodeTries;
  /** Bytes of public answers kept in memory by data version (DEFAULT_ANSWER_CACHE_BYTES). */
  answerCacheBytes?: number;
  /** Where "now" comes from: the system's clock unless a test or benchmark pins it. */
  clock?: Clock;
  /** The staff console's built page (consoleFolder()), served at /admin/; without it /admin/ says it is not built. */
  consoleRoot?: string;
}

/** The longest URL taken: a query of every filter is well under 1 kB. Longer ones get 414 (the server reads up to MAX_HEADER_BYTES of them). */
export const MAX_URL_LENGTH = 8 * 1024;

/** The largest request body taken: a registration or booking is well under 2 kB, a management write under 32 kB. */
export const BODY_LIMIT_BYTES = 64 * 1024;

export function createApp(db: Kysely<Database>, options: AppOptions = {}): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  // Text answers of 1 kB or more, JSON and the bundles, go compressed to clients that take it.
  // Outermost, so that it compresses what every other part wrote.
  app.use(compression());

  // Every answer: no sniffing, no framing, no referrer. Resources stay loadable from any origin
  // (the bundles are <script>s on other sites' pages); the API's JSON gets a CSP that allows nothing.
  // A 304 goes without them: it sends no body, and the browser keeps the stored answer's headers.
  const pageHeaders = secureHeaders({
    crossOriginResourcePolicy: "cross-origin",
    crossOriginOpenerPolicy: false,
    referrerPolicy: "no-referrer",
    contentSecurityPolicy: undefined,
  });
  const apiHeaders = secureHeaders({
    crossOriginResourcePolicy: "cross-origin",
    referrerPolicy: "no-referrer",
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  });
  app.use(async (context, next) => {
    await next();
    // The console at /admin/ sets its own, stricter ones.
    if (context.res.status === 304 || context.req.path.startsWith("/admin")) return;
    await (context.req.path.startsWith("/v1/") ? apiHeaders : pageHeaders)(context, async () => {});
  });
  const corsHeaders = cors({
    origin: "*",
    allowMethods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
    allowHeaders: ["Content-Type", "If-None-Match", "Idempotency-Key", "Cancel-Token", "Authorization"],
    exposeHeaders: ["ETag", "Cache-Control", "Idempotent-Replayed", "Server-Timing"],
    maxAge: 86400,
  });
  // A preflight is answered here; other requests get their CORS headers once answered, because
  // Hono's cors writes them on a response made before the route's, which then costs every answer a copy.
  app.use("/v1/*", (context, next) =>
    context.req.method === "OPTIONS" ? corsHeaders(context, next) : next().then(() => corsHeaders(context, async () => {})),
  );
  const limitBody = bodyLimit({
    maxSize: BODY_LIMIT_BYTES,
    onError: (context) => problemResponse(context, new ProblemError(413, "body_too_large", "Request body too large", `At most ${BODY_LIMIT_BYTES} bytes`)),
  });
  // A read has no body to limit; asking for it would make the request's stream for nothing.
  app.use("/v1/*", (context, next) => (context.req.method === "GET" ? next() : limitBody(context, next)));
  const clock = options.clock ?? systemClock;
  const writeLimits = options.writeLimits ?? DEFAULT_WRITE_LIMITS;
  app.use("/v1/*", requestTime(clock));
  app.use("/v1/*", async (context, next) => {
    if (context.req.url.length > MAX_URL_LENGTH) {
      return problemResponse(context, new ProblemError(414, "uri_too_long", "URI too long", `At most ${MAX_URL_LENGTH} characters`));
    }
    await next();
  });
  app.use("/v1/*", refuseNulInUrl);
  app.use("/v1/*", identifyStaff(db));
  app.use("/v1/communities/:community/*", identifyKeyHolder(db), ...writeGuard(db, writeLimits, clock));
  // How long the server took, for browsers' network panels and the benchmark (W3C Server Timing).
  app.use("/v1/*", async (context, next) => {
    const start = performance.now();
    await next();
    context.res.headers.set("Server-Timing", `app;dur=${(performance.now() - start).toFixed(1)}`);
  });
  // A 304 keeps the CORS headers: without them a browser on another origin (a CMS page) rejects it as a network error.
  const readValidation = etag({ retainedHeaders: [...RETAINED_304_HEADERS, "access-control-allow-origin", "access-control-expose-headers"] });
  app.use("/v1/*", (context, next) => (context.req.method === "GET" ? readValidation(context, next) : next()));
  // A community's public reads carry ETags of its data version, and their answers are kept by it.
  app.use("/v1/communities/:community/*", versionedReads(db, options.answerCacheBytes));
  app.use("/v1/*", async (context, next) => {
    await next();
    // Unless a route said otherwise (personal data: no-store; availability: no-cache).
    if (context.req.method === "GET" && (context.res.status === 200 || context.res.status === 304) && !context.res.headers.has("Cache-Control")) {
      context.res.headers.set("Cache-Control", PUBLIC_READ_CACHE);
    }
  });

  app.route("/v1", calendarRoutes(db));
  app.route("/v1", apiRoutes(db));
  app.route("/v1", resourceRoutes(db));
  app.route("/v1", bookingRoutes(db));
  app.route("/v1", volunteerRoutes(db));
  app.route("/v1", partnerRoutes(db));
  app.route("/v1", registrationRoutes(db));
  app.route("/v1", shortCodeRoutes(db, { trustProxy: writeLimits.trustProxy, tries: options.shortCodeTries ?? DEFAULT_SHORT_CODE_TRIES }));
  app.route("/v1", managementRoutes(db));
  app.route("/v1", staffRoutes(db, { trustProxy: writeLimits.trustProxy }));
  // The document is made from the routes above, once, when first asked for.
  let apiDocument: Promise<object> | undefined;
  app.get("/v1/openapi.json", async (context) => {
    apiDocument ??= createApiDocument(app);
    return context.json(await apiDocument);
  });
  // A known resource asked with a method it does not take (PUT, TRACE, …): 405 with those it does; else 404.
  app.all(
    "/v1/*",
    unroutedAnswer(app, (context) => problemResponse(context, notFoundProblem(context.req.path))),
  );

  // The staff console: on the API's own origin, so its session cookie (SameSite=Strict) goes with its
  // requests; scripts, styles and calls from that origin only, never framed.
  const consoleHeaders = secureHeaders({
    crossOriginResourcePolicy: "same-origin",
    referrerPolicy: "no-referrer",
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", "data:", "https:"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  });
  app.get("/admin", (context) => context.redirect("/admin/", 301));
  app.use("/admin/*", async (context, next) => {
    await next();
    await consoleHeaders(context, async () => {});
    if (context.res.status === 200) context.res.headers.set("Cache-Control", staticCacheControl(context.req.path));
  });
  if (options.consoleRoot) {
    app.use("/admin/*", serveStatic({ root: options.consoleRoot, precompressed: true, rewriteRequestPath: (path) => `/${path.slice("/admin/".length)}` }));
  } else {
    app.get("/admin/", (context) =>
      problemResponse(
        context,
        new ProblemError(404, "not_found", "The staff console is not built", "Run `pnpm run build`, which builds it into packages/admin/console/"),
      ),
    );
  }

  for (const mount of options.staticMounts ?? []) {
    const prefix = mount.urlPrefix.endsWith("/") ? mount.urlPrefix : `${mount.urlPrefix}/`;
    app.use(`${prefix}*`, async (context, next) => {
      await next();
      if (context.res.status === 200) context.res.headers.set("Cache-Control", staticCacheControl(context.req.path));
    });
    // A file with a .br or .gz beside it (the bundles, compressed at build time) goes as that, to clients that take it.
    app.use(`${prefix}*`, serveStatic({ root: mount.root, precompressed: true, rewriteRequestPath: (path) => `/${path.slice(prefix.length)}` }));
  }

  app.notFound((context) => problemResponse(context, notFoundProblem(context.req.path)));
  app.onError((error, context) => {
    if (error instanceof ProblemError) return problemResponse(context, error);
    console.error(error);
    return problemResponse(context, new ProblemError(500, "internal_error", "Internal server error"));
  });
  return app;
}

/**
 * How long a served file may be kept: a year for a bundle chunk whose name
 * carries its content's hash, minutes for an entry whose name stays across
 * versions (so that an upgrade reaches pages soon), and pages asked again.
 */
export function staticCacheControl(path: string): string {
  if (/-[\w-]{8}\.(js|css)$/.test(path)) return "public, max-age=31536000, immutable";
  if (/\.(js|css|png|svg|woff2)$/.test(path)) return "public, max-age=300";
  return "no-cache";
}

function notFoundProblem(path: string): ProblemError {
  return new ProblemError(404, "not_found", "Not found", `Nothing is served at ${path}`);
}
