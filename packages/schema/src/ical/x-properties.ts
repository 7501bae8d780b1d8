/** Community Kit's own X- properties, so that a re-import keeps what iCalendar has no property for. */
export const X = {
  lunar: "x-community-kit-lunar",
  category: "x-community-kit-category",
  capacity: "x-community-kit-capacity",
  maxPartySize: "x-community-kit-max-party-size",
  organizer: "x-community-kit-organizer",
} as const;
