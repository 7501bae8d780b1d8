export { createApp, type AppOptions, type StaticMount } from "./app.js";
export { configFromEnvironment, type ServerConfig } from "./config.js";
export { connectDatabase, DEFAULT_DATABASE_URL } from "./database/connect.js";
export { migrateToLatest } from "./database/migrate.js";
export type { Database } from "./database/tables.js";
export { seedDemo } from "./seed/seed-demo.js";
export { startServer, type RunningServer } from "./server.js";
