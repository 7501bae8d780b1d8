export { CommunityPartnerMap, type PartnerSelectDetail } from "./community-partner-map.js";
export { directionLinks } from "./directions.js";
