import { describe, expect, it } from "vitest";
import { findTranscriptLines } from "../../../../src/stages/statements/transcript.js";

const paragraphsOf = (text: string) => {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
};

describe("statements/transcript", () => {
  it("transcript: needs two speaker lines, so one 'NOTE: …' line is no transcript", () => {
    const text = "NOTE: this story was updated.";
    expect(findTranscriptLines(text, paragraphsOf(text), [])).toEqual([]);
  });

  it("transcript: the content runs to the paragraph's end without its closing quote mark", () => {
    const text = '"KING: Hello there."\n"QUEEN: Good evening."';
    const found = findTranscriptLines(text, paragraphsOf(text), []);
    expect(found.map((d) => text.slice(d.content.start, d.content.end))).toEqual(["Hello there.", "Good evening."]);
  });
});
