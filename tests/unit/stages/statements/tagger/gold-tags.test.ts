import { describe, expect, it } from "vitest";
import type { Token } from "../../../../../src/model/doc.js";
import { cueRates, goldTags } from "../../../../../src/stages/statements/tagger/gold-tags.js";
import { TAGS } from "../../../../../src/stages/statements/tagger/tags.js";

/** Tokens of a space-separated text. */
function tokensOf(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, pos: "X", sentence: 0 }));
}
const spanOf = (text: string, part: string): { start: number; end: number } => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe("tagger/gold-tags", () => {
  it("gold-tags: tags source, cue and content with BIO", () => {
    const text = "The minister said taxes will rise .";
    const tags = goldTags(tokensOf(text), [
      { source: [spanOf(text, "The minister")], cue: [spanOf(text, "said")], content: [spanOf(text, "taxes will rise")] },
    ]);
    expect([...tags].map((t) => TAGS[t])).toEqual(["B-SRC", "I-SRC", "B-CUE", "B-CON", "I-CON", "I-CON", "O"]);
  });

  it("gold-tags: opens each content fragment with B-", () => {
    const text = "“ Yes , ” he said , “ now . ”";
    const tags = goldTags(tokensOf(text), [
      { source: [spanOf(text, "he")], cue: [spanOf(text, "said")], content: [spanOf(text, "“ Yes , ”"), spanOf(text, "“ now . ”")] },
    ]);
    expect(TAGS[tags[0] ?? 0]).toBe("B-CON");
    expect(TAGS[tags[7] ?? 0]).toBe("B-CON");
  });

  it("gold-tags: cue rates bucket how often a word is a cue", () => {
    const words = ["said", "said", "said", "the", "the", "the"];
    const rates = cueRates([{ words, tags: Uint8Array.from([3, 3, 0, 0, 0, 0]) }]);
    expect(rates.get("said")).toBe(4);
    expect(rates.has("the")).toBe(false);
  });
});
