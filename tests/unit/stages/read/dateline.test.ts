import { describe, expect, it } from "vitest";
import { dateFromFileName, parseDateline } from "../../../../src/stages/read/dateline.js";

describe("read: datelines", () => {
  it.each([
    ["Wednesday, Dec 08, 2021 - 06:05 PM", "2021-12-08T18:05:00"],
    ["December 8, 2021", "2021-12-08"],
    ["Dec. 8, 2021 at 9:30 a.m.", "2021-12-08T09:30:00"],
    ["8 December 2021 12:00", "2021-12-08T12:00:00"],
    ["2021-12-08", "2021-12-08"],
    ["Monday, March 1, 2021 - 12:15 AM", "2021-03-01T00:15:00"],
  ])("parses %s", (line, expected) => {
    expect(parseDateline(line)).toBe(expected);
  });

  it.each(["Coming the day after the summit", "by Tyler Durden", "February 30, 2021", "Dec 08 is a date"])("rejects %s", (line) => {
    expect(parseDateline(line)).toBeNull();
  });

  it("finds a date in a file name", () => {
    expect(dateFromFileName("data/articles/2021-12-08-putin-nato-ukraine.txt")).toBe("2021-12-08");
    expect(dateFromFileName("breitbart_2016-09-12_stealth.txt")).toBe("2016-09-12");
    expect(dateFromFileName("notes.txt")).toBeNull();
  });
});
