// Each widget package ships custom-elements.json, generated from its element's JSDoc at
// build, and VS Code's custom data made from it: what editors and Storybook read.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const packages = join(import.meta.dirname, "..", "..");
const read = (path: string) => JSON.parse(readFileSync(join(packages, path), "utf8"));

const ELEMENTS = {
  events: { tag: "community-events", attributes: ["view", "date", "src", "categories"], events: ["ck-event-select", "ck-registration-created"] },
  rooms: { tag: "community-room-booking", attributes: ["kind", "resource", "date"], events: ["ck-booking-created", "ck-booking-cancelled"] },
  volunteers: { tag: "community-volunteer-signup", attributes: ["team", "opportunity"], events: ["ck-signup-created", "ck-signup-cancelled"] },
  "partner-map": { tag: "community-partner-map", attributes: ["types", "tiles", "tianditu-key", "center"], events: ["ck-partner-select"] },
};
/** What every widget takes from the base element. */
const COMMON_ATTRIBUTES = ["api", "community", "locale", "senior", "theme"];

describe("element manifests", () => {
  for (const [folder, expected] of Object.entries(ELEMENTS)) {
    it(`${folder}: custom-elements.json describes <${expected.tag}> whole, and VS Code's data follows it`, () => {
      const packageJson = read(`${folder}/package.json`);
      expect(packageJson.customElements).toBe("custom-elements.json");
      expect(packageJson.files).toEqual(expect.arrayContaining(["custom-elements.json", "vscode.html-custom-data.json", "vscode.css-custom-data.json"]));
      expect(packageJson.exports["./custom-elements.json"]).toBe("./custom-elements.json");

      const manifest = read(`${folder}/custom-elements.json`);
      const element = manifest.modules
        .flatMap((module: { declarations?: unknown[] }) => module.declarations ?? [])
        .find((declaration: { tagName?: string }) => declaration.tagName === expected.tag);
      expect(element, `no <${expected.tag}> in the manifest`).toBeDefined();
      const names = (list: Array<{ name: string }> = []) => list.map((item) => item.name);
      expect(names(element.attributes)).toEqual(expect.arrayContaining([...COMMON_ATTRIBUTES, ...expected.attributes]));
      expect(names(element.events)).toEqual(expect.arrayContaining(expected.events));
      expect(names(element.cssParts)).toEqual(expect.arrayContaining(["button", "notice", "error"]));
      expect(names(element.cssProperties)).toEqual(expect.arrayContaining(["--ck-color-primary", "--ck-color-surface", "--ck-scale", "--ck-target-size"]));
      for (const attribute of element.attributes) expect(attribute.description, `${expected.tag} ${attribute.name} is described`).toBeTruthy();

      const html = read(`${folder}/vscode.html-custom-data.json`);
      const tag = html.tags.find((candidate: { name: string }) => candidate.name === expected.tag);
      expect(names(tag.attributes)).toEqual(names(element.attributes));
      const css = read(`${folder}/vscode.css-custom-data.json`);
      expect(names(css.properties)).toEqual(names(element.cssProperties));
    });
  }
});
