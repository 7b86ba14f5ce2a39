// Statements per day and the range the timeline strip shows.
import { describe, expect, it } from "vitest";
import { dayNumber, dayString, statementsPerDay, timelineDomain } from "../../../web/src/timeline-bins.js";
import { makeGraphFile } from "../../fixtures/web/graph-file.js";

describe("timeline", () => {
  it("timeline: counts statements per day", () => {
    expect(Object.fromEntries(statementsPerDay(makeGraphFile()))).toEqual({ "2021-12-06": 2, "2021-12-09": 2 });
  });

  it("timeline: bins every day between the first and the last", () => {
    const d = timelineDomain(
      new Map([
        ["2021-12-06", 2],
        ["2021-12-09", 1],
      ]),
    );
    expect(d?.bins).toEqual([2, 0, 0, 1]);
    expect(d && dayString(d.first)).toBe("2021-12-06");
  });

  it("timeline: stray dates far away are clamped to the ends", () => {
    const counts = new Map([["1990-01-01", 1], ...Array.from({ length: 100 }, (_, i) => [dayString(dayNumber("2020-01-01") + i), 1] as [string, number])]);
    const d = timelineDomain(counts);
    expect(d && dayString(d.first) >= "2020-01-01").toBe(true);
    expect(d?.total).toBe(101);
  });

  it("timeline: nothing to show without dates", () => {
    expect(timelineDomain(new Map())).toBeNull();
  });
});
