export * from "./common.js";
export * from "./community.js";
export * from "./event.js";
export * from "./page.js";
export * from "./problem.js";
export * from "./registration.js";
export * from "./zoned-time.js";
export * from "./chinese-calendar.js";
export { createOpenApiDocument } from "./openapi.js";
