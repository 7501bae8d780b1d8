import { DEFAULT_DATABASE_URL } from "./database/connect.js";
import { DEFAULT_WRITE_LIMITS, type WriteLimits } from "./http/write-guard.js";

export interface ServerConfig {
  port: number;
  databaseUrl: string;
  writeLimits: WriteLimits;
}

function wholeNumber(environment: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = environment[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return value;
}

/**
 * Configuration from the environment: PORT (default 8080), DATABASE_URL (default a SQLite file
 * under data/), WRITE_LIMIT_PER_CLIENT and WRITE_LIMIT_PER_COMMUNITY (residents' writes a minute),
 * TRUST_PROXY=1 behind a load balancer that sets X-Forwarded-For.
 */
export function configFromEnvironment(environment: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: wholeNumber(environment, "PORT", 8080, 0, 65535),
    databaseUrl: environment.DATABASE_URL || DEFAULT_DATABASE_URL,
    writeLimits: {
      perClientPerMinute: wholeNumber(environment, "WRITE_LIMIT_PER_CLIENT", DEFAULT_WRITE_LIMITS.perClientPerMinute, 1, 1_000_000),
      perCommunityPerMinute: wholeNumber(environment, "WRITE_LIMIT_PER_COMMUNITY", DEFAULT_WRITE_LIMITS.perCommunityPerMinute, 1, 1_000_000),
      trustProxy: environment.TRUST_PROXY === "1" || environment.TRUST_PROXY === "true",
    },
  };
}
