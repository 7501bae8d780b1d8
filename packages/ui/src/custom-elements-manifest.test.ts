// The widgets' custom-elements.json, which Storybook's docs and Controls and VS Code read: the public API
// only (custom-elements-manifest.config.mjs). Made by the build (`pnpm run build`), before these tests in npm test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

interface Declaration {
  tagName?: string;
  members?: Array<{ name: string; privacy?: string; static?: boolean }>;
  events?: Array<{ name: string; description?: string }>;
}

function declarationOf(folder: string, tag: string): Declaration {
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", folder, "custom-elements.json"), "utf8")) as {
    modules: Array<{ declarations?: Declaration[] }>;
  };
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((candidate) => candidate.tagName === tag);
  if (!declaration) throw new Error(`${folder}/custom-elements.json has no <${tag}>`);
  return declaration;
}

const WIDGETS = [
  ["events", "community-events", ["ck-event-select", "ck-range-change", "ck-registration-created", "ck-registration-cancelled"]],
  ["rooms", "community-room-booking", ["ck-resource-select", "ck-booking-created", "ck-booking-cancelled"]],
  ["volunteers", "community-volunteer-signup", ["ck-signup-created", "ck-signup-cancelled"]],
  ["partner-map", "community-partner-map", ["ck-partner-select"]],
] as const;

describe("custom-elements.json", () => {
  for (const [folder, tag, events] of WIDGETS) {
    it(`lists <${tag}>'s own ck-* events, each described, and no other`, () => {
      const declared = declarationOf(folder, tag).events ?? [];
      expect(declared.map((event) => event.name)).toEqual(events);
      expect(declared.filter((event) => !event.description?.trim())).toEqual([]);
    });

    it(`lists only <${tag}>'s public members, the shared attributes among them`, () => {
      const members = declarationOf(folder, tag).members ?? [];
      expect(
        members.filter((member) => member.privacy === "private" || member.privacy === "protected" || member.name.startsWith("#") || member.static),
      ).toEqual([]);
      expect(members.map((member) => member.name)).toEqual(expect.arrayContaining(["api", "community", "locale", "senior", "theme"]));
    });
  }
});
