import type { Partner } from "@community-kit/schema";

/** The colour of each type's markers and legend swatch: told apart, and dark enough beside white. */
export const TYPE_COLOURS: Record<Partner["type"], string> = {
  school: "#1d4ed8",
  enterprise: "#9a3412",
  hospital: "#047857",
  "social-organisation": "#7e22ce",
  government: "#374151",
  "cultural-site": "#b91c1c",
};
