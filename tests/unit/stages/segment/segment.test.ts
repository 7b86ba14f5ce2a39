import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readConll } from "../../../../src/stages/mentions/ner/conll.js";
import { findParagraphs, segmentText } from "../../../../src/stages/segment/segment.js";
import { forgetWink } from "../../../../src/stages/segment/wink.js";

const words = (text: string): string[] => segmentText(text).tokens.map((t) => text.slice(t.start, t.end));

describe("segment: sentences and tokens", () => {
  it("maps every token onto the exact characters of the text", () => {
    const text = "He said: “I don’t know.”\u00a0Mr. Smith left at 5 p.m. on Dec. 8 — U.S. troops can't go.";
    const { tokens } = segmentText(text);
    expect(tokens.length).toBeGreaterThan(15);
    for (const t of tokens) expect(text.slice(t.start, t.end).trim()).toBe(text.slice(t.start, t.end));
    expect(words(text)).toContain("n’t");
    expect(words(text)).toContain("U.S.");
  });

  it("ends a sentence at every line break", () => {
    const text = "Headline Without A Full Stop\nby Jane Doe\n\nFirst sentence here. Second one.";
    const { sentences } = segmentText(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(["Headline Without A Full Stop", "by Jane Doe", "First sentence here.", "Second one."]);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 2, 2]);
  });

  it("finds paragraphs as trimmed non-blank lines", () => {
    expect(findParagraphs("  a b \n\n\tc\r\n")).toEqual([
      { start: 2, end: 5 },
      { start: 9, end: 10 },
    ]);
  });

  it("tokenises an article the same whatever was read before it (wink learns words)", () => {
    const later = "The candidate's plan was praised, the candidate's aides said.";
    const fresh = words(later);
    words("The candidate's, candidate's, zorblax's and zorblax's words were new.");
    expect(words(later)).toEqual(fresh);
  });

  it("tags an article the same whatever was read before it, words wink keeps learnt included", () => {
    const tagged = (text: string): string[] => segmentText(text).tokens.map((t) => `${text.slice(t.start, t.end)}/${t.pos}`);
    const later = "Zorblaxians said the Kvetchnik plan would fail at Euro 96, and Kvetchnik agreed, zorblaxing quietly.";
    const fresh = tagged(later);
    tagged("Kvetchnik zorblaxing Zorblaxians kvetchnik's Zorblaxians' 96 were read first, as odd words in ' 96 .");
    expect(tagged(later)).toEqual(fresh);
  });

  // beside the repository (CI), or in the shared folder
  const CONLL = [path.resolve(import.meta.dirname, "../../../../../shared/data/conll2003/eng.train"), "/work/shared/data/conll2003/eng.train"].find((f) =>
    fs.existsSync(f),
  );
  it.runIf(CONLL !== undefined)(
    "reads real documents in a row as it reads each one fresh (CoNLL train, the first 25)",
    () => {
      const texts = readConll(fs.readFileSync(CONLL ?? "", "utf8"))
        .slice(0, 25)
        .map((d) => d.text);
      const read = (t: string): string => JSON.stringify(segmentText(t));
      const inARow = texts.map(read);
      const fresh = texts.map((t) => {
        forgetWink();
        return read(t);
      });
      expect(inARow).toEqual(fresh);
    },
    60_000,
  );
});
