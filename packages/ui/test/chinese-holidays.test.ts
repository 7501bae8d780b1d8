// In the browser the calendar reads 休/班 from chinese-days' ES module, patched (patches/chinese-days@1.5.7.patch) to
// write a year's official days when a day of that year is first asked about rather than all years as it loads.
// (Node's tests load the package's UMD build, which the patch leaves eager: this runs where the patched code runs.)
import { expect } from "@open-wc/testing";
import { chineseDayLabels } from "../src/calendar/chinese-day-labels.js";
import type { PlainDate } from "../src/calendar/index.js";

const holiday = (day: PlainDate) => chineseDayLabels(day, day, [day], "Hans").get(day)?.holiday;

describe("休/班 from the bundled schedule", () => {
  it("marks every year from 2020, whichever year is asked about first, and no year before", () => {
    expect(holiday("2023-01-28")).to.deep.equal({ kind: "work", name: "春节" });
    expect(holiday("2020-01-24")).to.deep.equal({ kind: "rest", name: "春节" });
    expect(holiday("2026-02-14")).to.deep.equal({ kind: "work", name: "春节" });
    expect(holiday("2021-02-07")).to.deep.equal({ kind: "work", name: "春节" });
    expect(holiday("2022-12-31")).to.deep.equal({ kind: "rest", name: "元旦" });
    expect(holiday("2024-02-04")).to.deep.equal({ kind: "work", name: "春节" });
    expect(holiday("2025-10-08")).to.deep.equal({ kind: "rest", name: "国庆节" });
    expect(holiday("2026-10-01")).to.deep.equal({ kind: "rest", name: "国庆节" });
    expect(holiday("2019-10-01")).to.equal(undefined);
  });

  it("marks every day of a year's holidays once that year has been asked about, across the month lengths", () => {
    const labels = chineseDayLabels("2024-09-28", "2024-10-13", ["2024-09-28", "2024-09-29", "2024-10-01", "2024-10-07", "2024-10-08", "2024-10-12"], "Hans");
    const kinds = [...labels.values()].map((label) => label.holiday?.kind ?? "");
    expect(kinds).to.deep.equal(["", "work", "rest", "rest", "", "work"]);
  });
});
