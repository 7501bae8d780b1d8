import type { ArgTypesEnhancer, InputType } from "storybook/internal/types";
import { THEMES } from "./toolbar.js";

/** Attributes whose type in the manifest is plain `string` but which take one of a few values. */
const CHOICES: Record<string, string[]> = {
  view: ["month", "week", "day", "list"],
  locale: ["zh-CN", "zh-Hant", "en"],
  theme: THEMES.filter((theme) => theme !== "default"),
  kind: ["room", "equipment"],
};

/** The control for a manifest type, with its choices: "string | undefined" is a text field, not "Set object". */
function controlFor(name: string, typeText: string): Pick<InputType, "control" | "options"> {
  const parts = typeText
    .split("|")
    .map((part) => part.trim())
    .filter((part) => part !== "undefined" && part !== "null");
  const literals = parts.map((part) => /^["'](.*)["']$/.exec(part)?.[1]);
  if (CHOICES[name]) return { control: { type: "select" }, options: CHOICES[name] };
  if (parts.length > 1 && literals.every((literal) => literal !== undefined)) return { control: { type: "select" }, options: literals as string[] };
  if (parts.length !== 1) return {};
  if (parts[0] === "string") return { control: { type: "text" } };
  if (parts[0] === "boolean") return { control: { type: "boolean" } };
  if (parts[0] === "number") return { control: { type: "number" } };
  if (parts[0]!.endsWith("[]")) return { control: { type: "object" } };
  return { control: false };
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
    const ours = argType.control === undefined && (category === "attributes" || category === "properties") && typeText;
    enhanced[name] = ours ? { ...argType, ...controlFor(name, typeText) } : argType;
  }
  return enhanced;
};
