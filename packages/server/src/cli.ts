#!/usr/bin/env node
import { consoleFolder } from "./staff/console-files.js";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { StaticMount } from "./app.js";
import { StaffRole, systemClock } from "@community-kit/schema";
import * as z from "zod/mini";
import { configFromEnvironment } from "./config.js";
import { connectDatabase } from "./database/connect.js";
import { migrateToLatest } from "./database/migrate.js";
import { ProblemError } from "./http/problem.js";
import { importCalendar } from "./ical/import-calendar.js";
import { createApiKey, listApiKeys, revokeApiKey } from "./management/api-keys.js";
import { auditLog } from "./management/audit-log.js";
import { findCommunity } from "./routes/communities.js";
import { setWriteOrigin, writeOrigins } from "./communities/write-origins.js";
import { UnreadableCalendar } from "@community-kit/schema/ical";
import { deliverNoticesRegularly } from "./notices/deliver-notices.js";
import { purgeRegularly } from "./privacy/purge.js";
import { seedDemo } from "./seed/seed-demo.js";
import { startServer } from "./server.js";
import { addStaff } from "./staff/staff-accounts.js";

const usage = `Usage: community-kit-server <command>

Commands:
  serve [--static /prefix/=folder]...   migrate, then serve the API (and folders) on PORT
  migrate                               bring the database schema up to date
  seed demo                             add the demo communities and their events
  import ics FILE --community ID        import an iCalendar feed; again with the same UIDs updates, never duplicates
  keys create --community ID [--label TEXT]
                                        make a management API key (shown once; only its hash is kept)
  keys list --community ID              the community's keys: label, made, last used, revoked
  keys revoke KEY-ID --community ID     stop a key working (a lost laptop, a colleague who left)
  audit --community ID [--limit N]      what the community's keys were used for, latest first
  origins allow|deny ORIGIN --community ID
                                        let pages on ORIGIN (https://www.example.gov.cn) take residents'
                                        registrations, bookings and sign-ups, or stop them
  origins list --community ID           the origins a community takes writes from
  staff add --community ID --name NAME --role admin|editor|coordinator
                                        make a staff account for the console at /admin/; prints a
                                        one-time password, to be changed at the first sign-in

Environment:
  PORT           port to listen on (default 8080)
  DATABASE_URL   sqlite:<path> (default sqlite:data/community-kit.db), sqlite::memory:,
                 or postgres://user:password@host:5432/database[?max=N] (N connections, default 10)
  WRITE_LIMIT_PER_CLIENT, WRITE_LIMIT_PER_COMMUNITY
                 residents' writes a minute from one client (default 30) and to one community (600)
  TRUST_PROXY    1 behind a load balancer that sets X-Forwarded-For`;

/** The bytes of the file to import; what is wrong with the path, said for people (not EISDIR). */
function readCalendarFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EISDIR") throw new UnreadableCalendar(`${path} is a folder: give the .ics file itself`);
    if (code === "ENOENT") throw new UnreadableCalendar(`There is no file ${path}`);
    if (code === "EACCES") throw new UnreadableCalendar(`${path} may not be read by this user`);
    throw error;
  }
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      static: { type: "string", multiple: true },
      community: { type: "string" },
      label: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      limit: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, argument, file] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return command || values.help ? 0 : 1;
  }
  const config = configFromEnvironment();
  const db = connectDatabase(config.databaseUrl);

  if (command === "migrate") {
    const applied = await migrateToLatest(db);
    console.log(applied.length ? `Applied ${applied.join(", ")}` : "The database is up to date");
    await db.destroy();
    return 0;
  }
  if (command === "seed" && argument === "demo") {
    await migrateToLatest(db);
    const seeded = await seedDemo(db, systemClock.now());
    console.log(
      `Seeded ${seeded.communities} new communities, ${seeded.events} new events, ${seeded.resources} new rooms and equipment, ${seeded.shifts} new volunteer shifts and ${seeded.partners} new partners`,
    );
    await db.destroy();
    return 0;
  }
  if (command === "import" && argument === "ics") {
    if (!file || !values.community) {
      console.error(`import ics needs a FILE and --community ID\n\n${usage}`);
      return 1;
    }
    await migrateToLatest(db);
    try {
      const summary = await importCalendar(db, values.community, readCalendarFile(file), systemClock.now());
      console.log(`Imported ${file} into ${values.community}: ${summary.created} new, ${summary.updated} updated`);
      for (const problem of summary.problems) console.warn(`  ${problem.uid ? `${problem.uid}: ` : ""}${problem.message}`);
      return 0;
    } catch (error) {
      if (!(error instanceof UnreadableCalendar || error instanceof ProblemError)) throw error;
      console.error(`Nothing imported: ${error.message}`);
      return 1;
    } finally {
      await db.destroy();
    }
  }
  if ((command === "keys" && (argument === "list" || argument === "revoke")) || command === "audit") {
    if (!values.community || (argument === "revoke" && !file)) {
      console.error(`${command} ${argument ?? ""} needs --community ID${argument === "revoke" ? " and a KEY-ID" : ""}\n\n${usage}`);
      return 1;
    }
    await migrateToLatest(db);
    try {
      const community = await findCommunity(db, values.community);
      if (command === "audit") {
        for (const entry of (await auditLog(db, community.id, { limit: Number(values.limit ?? 50) })).items)
          console.log(`${entry.at}  ${entry.keyLabel} (${entry.keyId})  ${entry.method} ${entry.path}  ${entry.status}`);
      } else if (argument === "list") {
        for (const key of await listApiKeys(db, community.id))
          console.log(
            `${key.id}  ${key.label}  made ${key.createdAt}  last used ${key.lastUsedAt ?? "never"}${key.revokedAt ? `  revoked ${key.revokedAt}` : ""}`,
          );
      } else if (!(await revokeApiKey(db, community.id, file!, systemClock.now()))) {
        console.error(`${community.id} has no working key ${file}`);
        return 1;
      } else {
        console.log(`Key ${file} of ${community.id} revoked`);
      }
      return 0;
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      console.error(error.message);
      return 1;
    } finally {
      await db.destroy();
    }
  }
  if (command === "keys" && argument === "create") {
    if (!values.community) {
      console.error(`keys create needs --community ID\n\n${usage}`);
      return 1;
    }
    await migrateToLatest(db);
    try {
      const community = await findCommunity(db, values.community);
      const now = systemClock.now();
      const key = await createApiKey(db, community.id, values.label ?? `made ${now.toISOString().slice(0, 10)}`, now);
      console.log(`Management key for ${community.id} (shown once; keep it secret):\n${key}`);
      return 0;
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      console.error(`No key made: ${error.message}`);
      return 1;
    } finally {
      await db.destroy();
    }
  }
  if (command === "origins") {
    if (!values.community || !["allow", "deny", "list"].includes(argument ?? "") || (argument !== "list" && !file)) {
      console.error(`origins needs allow|deny ORIGIN or list, and --community ID\n\n${usage}`);
      return 1;
    }
    await migrateToLatest(db);
    try {
      const origins = argument === "list" ? await writeOrigins(db, values.community) : await setWriteOrigin(db, values.community, file!, argument === "allow");
      console.log(
        origins.length
          ? `${values.community} takes writes from ${origins.join(", ")} (and the API's own origin)`
          : `${values.community} takes writes only from the API's own origin and from apps and servers`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      console.error(`Nothing changed: ${error.message}`);
      return 1;
    } finally {
      await db.destroy();
    }
  }
  if (command === "staff" && argument === "add") {
    const role = z.safeParse(StaffRole, values.role);
    if (!values.community || !values.name?.trim() || !role.success) {
      console.error(`staff add needs --community ID, --name NAME and --role admin, editor or coordinator\n\n${usage}`);
      return 1;
    }
    await migrateToLatest(db);
    try {
      const community = await findCommunity(db, values.community);
      const { password } = await addStaff(db, { communityId: community.id, name: values.name.trim(), role: role.data }, systemClock.now());
      console.log(`${values.name.trim()} (${role.data}) can sign in to ${community.id} with this one-time password, shown once:\n${password}`);
      return 0;
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      console.error(`No account made: ${error.message}`);
      return 1;
    } finally {
      await db.destroy();
    }
  }
  if (command === "serve") {
    await migrateToLatest(db);
    const staticMounts = (values.static ?? []).map(parseStaticMount);
    const server = await startServer(db, config.port, { staticMounts, writeLimits: config.writeLimits, consoleRoot: consoleFolder() });
    console.log(`Community Kit server listening on ${server.url}`);
    // Residents' names and phones are kept only as long as the consent notice says.
    const stopPurging = purgeRegularly(db, systemClock, (error) => console.error("Purging expired personal data failed:", error));
    // Residents who asked to be told are, through the community's own channels.
    const stopDelivering = deliverNoticesRegularly(db, systemClock, (error) => console.error("Delivering notices failed:", error));
    const stop = async () => {
      stopPurging();
      stopDelivering();
      await server.close();
      await db.destroy();
      process.exit(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    return -1;
  }
  console.error(`Unknown command "${positionals.join(" ")}"\n\n${usage}`);
  return 1;
}

function parseStaticMount(value: string): StaticMount {
  const separator = value.indexOf("=");
  if (separator < 1) throw new Error(`--static expects /prefix/=folder, not "${value}"`);
  return { urlPrefix: value.slice(0, separator), root: resolve(value.slice(separator + 1)) };
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
