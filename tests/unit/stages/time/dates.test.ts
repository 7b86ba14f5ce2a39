import { describe, expect, it } from "vitest";
import { findDates } from "../../../../src/stages/time/dates.js";

// 2021-12-08 was a Wednesday.
const PUBLISHED = "2021-12-08T18:05:00";
const dateValue = (text: string): string | null => findDates(text, { start: 0, end: text.length }, PUBLISHED)[0]?.value ?? null;

describe("time/dates", () => {
  it.each([
    ["Putin spoke on Wednesday.", "2021-12-08"],
    ["They talked on Tuesday.", "2021-12-07"],
    ["It ended yesterday.", "2021-12-07"],
    ["Last month, Putin had told a conference", "2021-11"],
    ["It happened in March.", "2021-03"],
    ["The summit on Dec. 7, 2021 was virtual.", "2021-12-07"],
    ["on 8 December 2021", "2021-12-08"],
    ["He will go next Monday.", "2021-12-13"],
    ["He had said so the day before.", "2021-12-07"],
    ["It was agreed the day before the summit.", null],
  ])("dates: resolves %j to %s", (text, expected) => {
    expect(dateValue(text)).toBe(expected);
  });

  it("dates: leaves a possessive date to the noun it dates", () => {
    expect(dateValue("his prior day's talks")).toBeNull();
    expect(findDates("his prior day's talks", { start: 0, end: 21 }, PUBLISHED, { possessive: true })[0]?.value).toBe("2021-12-07");
  });

  it("dates: needs the article date to resolve anything", () => {
    expect(findDates("on Wednesday", { start: 0, end: 12 }, null)).toEqual([]);
  });
});
