import type { OfficialDay } from "@community-kit/schema";

const rest = (name: string, ...dates: string[]): OfficialDay[] => dates.map((date) => ({ date, kind: "rest", name }));
const work = (name: string, ...dates: string[]): OfficialDay[] => dates.map((date) => ({ date, kind: "work", name }));

/**
 * What staff enter when the State Council publishes a year's schedule
 * (`PUT …/official-days/2027`), for the demo's mainland community: an example in
 * the notice's form, on 2027's real festival dates (除夕 5 February, 端午 9 June,
 * 中秋 15 September), not the schedule as published. The widgets carry no 2027.
 */
export const demoOfficialDays: OfficialDay[] = [
  ...rest("元旦", "2027-01-01", "2027-01-02", "2027-01-03"),
  ...rest("春节", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12", "2027-02-13"),
  ...work("春节", "2027-02-20"),
  ...rest("清明节", "2027-04-03", "2027-04-04", "2027-04-05"),
  ...rest("劳动节", "2027-05-01", "2027-05-02", "2027-05-03", "2027-05-04", "2027-05-05"),
  ...work("劳动节", "2027-05-08"),
  ...rest("端午节", "2027-06-09"),
  ...rest("中秋节", "2027-09-15"),
  ...rest("国庆节", "2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07"),
  ...work("国庆节", "2027-09-26", "2027-10-09"),
];
