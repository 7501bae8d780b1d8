// What an outsider does first with the packages installed from npm (README examples): read a
// community and an event, register and cancel, and find each widget's entry. Run by smoke.mjs
// with the packages imported, and by smoke.cjs with them required.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

function check(what, condition) {
  if (!condition) throw new Error(`packed packages: ${what}`);
}

export async function smoke({ sdk, schema, ui, resolve }, [url, eventId]) {
  const client = sdk.createClient({ baseUrl: url, community: "taihe" });
  const community = await client.community();
  check(`the community is 太和社区, not ${community.name}`, community.name === "太和社区");
  const event = await client.events.get(eventId);
  check("the event's title", event.title === "书法课堂（安装测试）");
  check("schema's Event is a schema", typeof schema.Event === "object" && schema.ErrorCode.options.includes("duplicate_signup"));

  const result = await client.events.register(eventId, { name: "赵阿姨", phone: "13800138000", partySize: 1, consent: true });
  check(`registered: ${result.status}`, result.status === "confirmed" && /^[A-Z0-9]{8}$/.test(result.shortCode));
  await client.events.cancelRegistration(eventId, result.registrationId, result.cancelToken);
  check("the place is given back", (await client.events.get(eventId)).registeredCount === 0);

  const missing = await client.events.get("no-such-event").catch((error) => error);
  check(`a missing event is a CommunityApiError with its code, not ${missing}`, missing instanceof sdk.CommunityApiError && missing.code === "event_not_found");

  // The dependencies patched in the workspace are packed as patched (scripts/vendor-patched-dependencies.mjs):
  // chinese-days names the right days west of Greenwich, and Leaflet's ES build takes Trusted Types.
  const machineZone = process.env.TZ;
  process.env.TZ = "America/New_York";
  const labels = ui.chineseDayLabels("2026-06-19", "2026-06-19", ["2026-06-19"], "Hans");
  // Assigning undefined would set the text "undefined".
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
  check(`端午 on 19 June 2026 in New York, not ${JSON.stringify(labels.get("2026-06-19"))}`, labels.get("2026-06-19")?.festival === "端午");
  const leaflet = readFileSync(new URL("vendor/leaflet.js", resolve("@community-kit/partner-map")), "utf8");
  check("the partner map's Leaflet has the Trusted Types patch", leaflet.includes("typeof trustedTypes !== 'undefined'"));
  for (const unpatched of ["leaflet", "chinese-days"])
    check(`no unpatched ${unpatched} is installed`, !existsSync(new URL(`node_modules/${unpatched}`, pathToFileURL(`${process.cwd()}/`))));

  // The embed package has no exports map: its bundles resolve by path.
  for (const entry of [
    "events/define",
    "rooms/define",
    "volunteers/define",
    "partner-map/define",
    "react",
    "ui/calendar",
    "schema/ical",
    "embed/dist/community-kit.js",
  ]) {
    const file = fileURLToPath(resolve(`@community-kit/${entry}`));
    check(`@community-kit/${entry} resolves to a file`, existsSync(file));
  }
}
