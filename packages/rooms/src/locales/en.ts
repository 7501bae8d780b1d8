import type { RoomsMessages } from "./zh-CN.js";

export const en: RoomsMessages = {
  label: (community: string) => (community ? `Book a room or equipment at ${community}` : "Book a room or equipment"),
  kindRoom: "Room",
  kindEquipment: "Equipment",
  capacity: (people: number) => `Holds ${people}`,
  quantity: (units: number) => `${units} to lend`,
  amenities: "Amenities",
  hours: "Opening hours",
  everyDay: "Every day",
  dayRange: (first: string, last: string) => `${first}–${last}`,
  separator: ", ",
  notes: "Please note",
  approval: "Staff approve each booking",
  choose: "Choose",
  chosen: "Chosen",
  notConfigured: "No data source yet: set the api and community attributes.",
  empty: "This community has no rooms or equipment to book yet.",
  emptyKind: "There is nothing of this kind to book.",
  invalidKind: (value: string) => `The kind “${value}” is not supported; showing everything (use room or equipment).`,
  unknownResource: (value: string) => `There is no room or equipment “${value}”; showing everything.`,
};
