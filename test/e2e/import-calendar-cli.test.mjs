// The CLI a centre's web team runs: import an iCalendar feed, again, and a bad file.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

const cli = join(import.meta.dirname, "..", "..", "packages/server/dist/cli.js");
const folder = mkdtempSync(join(tmpdir(), "community-kit-import-"));
const env = { ...process.env, DATABASE_URL: `sqlite:${join(folder, "import.db")}` };
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { env, encoding: "utf8" });

after(() => rmSync(folder, { recursive: true, force: true }));

const feed = join(folder, "choir.ics");
writeFileSync(
  feed,
  [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Example//EN",
    "BEGIN:VEVENT",
    "UID:choir@example.org",
    "SUMMARY:合唱团排练",
    "DTSTART;TZID=Asia/Shanghai:20270105T190000",
    "DTEND;TZID=Asia/Shanghai:20270105T203000",
    "RRULE:FREQ=WEEKLY;BYDAY=TU",
    "LOCATION:多功能室",
    "END:VEVENT",
    "END:VCALENDAR",
  ].join("\r\n"),
);

test("community-kit-server import ics adds a feed once, and updates it on the next import", () => {
  assert.equal(run("seed", "demo").status, 0);
  const first = run("import", "ics", feed, "--community", "taihe");
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /1 new, 0 updated/);
  const again = run("import", "ics", feed, "--community", "taihe");
  assert.match(again.stdout, /0 new, 1 updated/);
});

test("it imports nothing, and says why, from a file that is not a calendar or into a community that does not exist", () => {
  const notes = join(folder, "notes.txt");
  writeFileSync(notes, "meeting notes");
  const bad = run("import", "ics", notes, "--community", "taihe");
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /Nothing imported: Not an iCalendar file/);
  const nowhere = run("import", "ics", feed, "--community", "atlantis");
  assert.equal(nowhere.status, 1);
  assert.match(nowhere.stderr, /Nothing imported: There is no community "atlantis"/);
  const missing = run("import", "ics", join(folder, "missing.ics"), "--community", "taihe");
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^Nothing imported: There is no file .*missing\.ics$/m);
  const directory = run("import", "ics", folder, "--community", "taihe");
  assert.equal(directory.status, 1);
  assert.match(directory.stderr, /^Nothing imported: .* is a folder: give the \.ics file itself$/m);
  assert.doesNotMatch(directory.stderr, /EISDIR/);
});

test("it imports what it can from a file with a broken event, and lists what it left out, with the line", () => {
  const exchange = join(import.meta.dirname, "..", "..", "packages/server/src/ical/corpus/exchange-cdo-byday-spaces.ics");
  const choirAndExchange = join(folder, "mixed.ics");
  writeFileSync(
    choirAndExchange,
    readFileSync(feed, "utf8").replace(
      "END:VCALENDAR",
      `${readFileSync(exchange, "utf8").split("END:VTIMEZONE")[1].replace("END:VCALENDAR", "").trim()}\r\nEND:VCALENDAR`,
    ),
  );
  const mixed = run("import", "ics", choirAndExchange, "--community", "taihe");
  assert.equal(mixed.status, 0, mixed.stderr);
  assert.match(mixed.stdout, /0 new, 1 updated/);
  assert.match(mixed.stderr, /Left out the event at line 12: invalid BYDAY value " TU"/);
});
