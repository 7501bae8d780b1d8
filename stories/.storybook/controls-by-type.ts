import type { ArgTypesEnhancer, InputType } from "storybook/internal/types";
import { THEMES } from "./toolbar.js";

/** Attributes whose type in the manifest is plain `string` but which take one of a few values. */
const CHOICES: Record<string, string[]> = {
  view: ["month", "week", "day", "list"],
  locale: ["zh-CN", "zh-Hant", "en"],
  theme: THEMES.filter((theme) => theme !== "default"),
  kind: ["room", "equipment"],
};

/** The control for a manifest type: "string | undefined" is a text field, not "Set object". */
function controlFor(name: string, typeText: string): InputType["control"] | undefined {
  const parts = typeText
    .split("|")
    .map((part) => part.trim())
    .filter((part) => part !== "undefined" && part !== "null");
  const literals = parts.map((part) => /^["'](.*)["']$/.exec(part)?.[1]);
  if (parts.length > 1 && literals.every((literal) => literal !== undefined)) return { type: "select" };
  if (parts.length !== 1) return undefined;
  if (parts[0] === "string") return CHOICES[name] ? { type: "select" } : { type: "text" };
  if (parts[0] === "boolean") return { type: "boolean" };
  if (parts[0] === "number") return { type: "number" };
  if (parts[0].endsWith("[]")) return { type: "object" };
  return false;
}

/**
 * Gives the widgets' attributes and properties the control their type calls for: text, number,
 * switch, or a choice among their values (never "undefined"); a clock or other function none.
 * A story's own argTypes keep their controls.
 */
export const controlsByType: ArgTypesEnhancer = ({ argTypes }) => {
  const enhanced: typeof argTypes = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    const typeText = String(argType.table?.type?.summary ?? "");
    if (argType.control !== undefined || (category !== "attributes" && category !== "properties") || !typeText) {
      enhanced[name] = argType;
      continue;
    }
    const control = controlFor(name, typeText);
    const literals = typeText.match(/["']([^"']*)["']/g)?.map((literal) => literal.slice(1, -1));
    const options = CHOICES[name] ?? (control && control.type === "select" ? literals : undefined);
    enhanced[name] = { ...argType, ...(control === undefined ? {} : { control }), ...(options ? { options } : {}) };
  }
  return enhanced;
};
