import { describe, expect, it } from "vitest";
import { parseBrat } from "../../../../../src/stages/statements/tagger/brat.js";

const TEXT = "“We will win,” he said, “and soon.” Officials said nothing.";
const ANN = [
  "T1\tContent 1 12;25 33\tWe will win and soon",
  "T2\tSource 15 17\the",
  "T3\tCue 18 22\tsaid",
  "T4\tAttribution 18 22\tsaid",
  "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
  "T5\tDiscard 36 45\tOfficials",
].join("\n");

describe("tagger/brat", () => {
  it("brat: reads an attribution with a content in two fragments", () => {
    const [a] = parseBrat(ANN, TEXT);
    expect(a?.content.map((s) => TEXT.slice(s.start, s.end))).toEqual(["We will win", "and soon"]);
    expect(a?.source.map((s) => TEXT.slice(s.start, s.end))).toEqual(["he"]);
    expect(a?.cue.map((s) => TEXT.slice(s.start, s.end))).toEqual(["said"]);
  });

  it("brat: ignores spans that belong to no attribution", () => {
    expect(parseBrat(ANN, TEXT)).toHaveLength(1);
  });

  it("brat: maps code-point offsets onto UTF-16 indices", () => {
    const text = "😀 Bob said hi";
    const [a] = parseBrat("T1\tContent 11 13\thi\nT2\tCue 6 10\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2", text);
    expect(a && text.slice(a.content[0]?.start, a.content[0]?.end)).toBe("hi");
  });
});
