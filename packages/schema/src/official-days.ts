import * as z from "zod/mini";
import { checked } from "./checked.js";
import { PlainDate, Text } from "./common.js";

/**
 * A day of the State Council's holiday schedule (国务院办公厅关于部分节假日安排的通知):
 * a public holiday (rest, 休) or a make-up workday (work, 班), with the holiday's name.
 */
export const OfficialDay = z.object({
  date: PlainDate,
  kind: z.enum(["rest", "work"]),
  /** 春节, 国庆节 */
  name: Text(20, 1),
});
export type OfficialDay = z.infer<typeof OfficialDay>;

/** A year's official days, in date order, as the management API answers. */
export const OfficialDayList = z.array(OfficialDay);

/** Body of `PUT …/official-days/{year}`: the year's whole schedule, each day once, in place of what was set. */
export const OfficialDaysWrite = z.object({
  days: checked(
    z.array(OfficialDay),
    z.maxLength(366),
    z.refine((days) => new Set(days.map((day) => day.date)).size === days.length, "Each day at most once"),
  ),
});
export type OfficialDaysWrite = z.input<typeof OfficialDaysWrite>;
