export { CommunityPartnerMap } from "./community-partner-map.js";
export type { PartnerSelectDetail } from "./ck-events.js";
export { directionLinks } from "./directions.js";
