import { DEFAULT_DATABASE_URL } from "./database/connect.js";

export interface ServerConfig {
  port: number;
  databaseUrl: string;
}

/** Configuration from the environment: PORT (default 8080) and DATABASE_URL (default a SQLite file under data/). */
export function configFromEnvironment(environment: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(environment.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${environment.PORT}"`);
  }
  return { port, databaseUrl: environment.DATABASE_URL || DEFAULT_DATABASE_URL };
}
