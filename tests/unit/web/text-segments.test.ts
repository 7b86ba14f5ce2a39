// Cutting an article into runs of quotation and mention marks.
import { describe, expect, it } from "vitest";
import { findNames, segmentText } from "../../../web/src/text-segments.js";

describe("text segments", () => {
  it("text segments: a mention inside a quotation", () => {
    const text = 'He said "Bob is here" today';
    const runs = segmentText(text.length, [
      { start: 9, end: 20, statement: "s1" },
      { start: 9, end: 12, entity: "bob" },
    ]);
    expect(runs.map((r) => [text.slice(r.start, r.end), r.entity, r.statement])).toEqual([
      ['He said "', null, null],
      ["Bob", "bob", "s1"],
      [" is here", null, "s1"],
      ['" today', null, null],
    ]);
  });

  it("text segments: the innermost of nested mentions wins", () => {
    const runs = segmentText(20, [
      { start: 0, end: 10, entity: "outer" },
      { start: 2, end: 4, entity: "inner" },
    ]);
    expect(runs.map((r) => r.entity)).toEqual(["outer", "inner", "outer", null]);
  });

  it("text segments: spans outside the text are dropped", () => {
    expect(
      segmentText(5, [
        { start: 3, end: 9, entity: "x" },
        { start: -1, end: 2, entity: "y" },
      ]),
    ).toEqual([{ start: 0, end: 5, entity: null, statement: null }]);
  });

  it("text segments: names are found on word boundaries only", () => {
    expect(findNames("Bob and Bobby met Bob.", [{ entity: "bob", name: "Bob" }]).map((s) => s.start)).toEqual([0, 18]);
  });
});
