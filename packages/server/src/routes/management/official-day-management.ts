import { OfficialDayList, OfficialDaysWrite } from "@community-kit/schema";
import type { Context } from "hono";
import { describeRoute } from "hono-openapi";
import { jsonAnswer, pathId, problemAnswer } from "../../api-document/describe.js";
import { officialDays, setOfficialDays } from "../../communities/official-days.js";
import { invalidParameters } from "../../http/problem.js";
import { validJson } from "../../http/validation.js";
import type { Management } from "./management.js";

const yearParameter = pathId("The year, e.g. 2027", "year", { type: "string", pattern: "^\\d{4}$" });

/** The path's year, or a 400 naming it: the Chinese calendar the widgets show runs from 1901 to 2099. */
function yearOf(context: Context): number {
  const year = Number(context.req.param("year"));
  if (!/^\d{4}$/.test(context.req.param("year") ?? "") || year < 1901 || year > 2099) {
    throw invalidParameters([{ field: "year", code: "invalid_value", message: "A year from 1901 to 2099" }]);
  }
  return year;
}

/**
 * The official holiday schedule, a year at a time: the State Council publishes
 * the next year's in the autumn, after the widgets' own data was built.
 */
export function manageOfficialDays({ routes, db, allow, community, noStore }: Management): void {
  routes.get(
    "/communities/:community/official-days/:year",
    describeRoute({
      operationId: "getOfficialDays",
      summary: "The official holidays and make-up workdays set for a year",
      parameters: [yearParameter],
      responses: {
        200: jsonAnswer("The year's days, in date order; none when the year is left to the widgets' own data", OfficialDayList),
        400: problemAnswer("Not a year"),
      },
    }),
    allow("calendar"),
    community,
    async (context) => {
      const year = yearOf(context);
      return context.json(await officialDays(db, context.get("community").id, { from: year, to: year }), 200, noStore);
    },
  );

  routes.put(
    "/communities/:community/official-days/:year",
    describeRoute({
      operationId: "setOfficialDays",
      summary: "Set a year's official holidays (rest) and make-up workdays (work), in place of what was set; the widgets prefer them to their own data",
      parameters: [yearParameter],
      responses: {
        200: jsonAnswer("The year's days as they are now", OfficialDayList),
        400: problemAnswer("Not a year, or a day at fault, named in errors[] (a day of another year: wrong_year)"),
      },
    }),
    allow("calendar"),
    community,
    validJson(OfficialDaysWrite),
    async (context) => {
      const year = yearOf(context);
      return context.json(await setOfficialDays(db, context.get("community").id, year, context.req.valid("json").days), 200, noStore);
    },
  );

  routes.delete(
    "/communities/:community/official-days/:year",
    describeRoute({
      operationId: "clearOfficialDays",
      summary: "Give a year back to the widgets' own data",
      parameters: [yearParameter],
      responses: { 204: { description: "Cleared" }, 400: problemAnswer("Not a year") },
    }),
    allow("calendar"),
    community,
    async (context) => {
      await setOfficialDays(db, context.get("community").id, yearOf(context), []);
      return context.body(null, 204);
    },
  );
}
