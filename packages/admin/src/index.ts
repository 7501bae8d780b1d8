export { CommunityAdmin } from "./community-admin.js";
export type { AdminSessionEndedDetail } from "./ck-events.js";
export { type RecurrenceChoice, type Repeat, type RepeatEnd, choiceOf, ruleOf } from "./events/recurrence-builder.js";
