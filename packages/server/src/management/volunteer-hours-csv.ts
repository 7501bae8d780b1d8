import { stringify } from "csv-stringify/sync";
import { asText } from "./list-registrations.js";
import type { ServedShift } from "./manage-volunteers.js";

/**
 * The columns of the hours CSV, one row per attended shift. docs/volunteer-hours-csv.md
 * says how each maps onto the service-time import of 全国志愿服务信息系统.
 */
export const HOURS_COLUMNS = [
  "姓名 Name",
  "手机号码 Phone",
  "服务项目 Project",
  "志愿服务队 Team",
  "服务日期 Date",
  "开始时间 Start",
  "结束时间 End",
  "服务时长（小时） Hours",
  "签到时间 Checked in",
];

/** The attended shifts as CSV for a spreadsheet: UTF-8 with a byte-order mark, every cell kept as text. */
export function volunteerHoursCsv(served: ServedShift[]): string {
  return stringify(
    served.map((shift) => [
      asText(shift.name),
      asText(shift.phone),
      asText(shift.opportunity),
      asText(shift.team.name),
      shift.start.slice(0, 10),
      shift.start.slice(11, 16),
      shift.end.slice(11, 16),
      shift.hours.toFixed(2),
      shift.checkedInAt ? shift.checkedInAt.slice(0, 16).replace("T", " ") : "",
    ]),
    { bom: true, header: true, columns: HOURS_COLUMNS },
  );
}
