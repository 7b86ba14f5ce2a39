import { describe, expect, it } from "vitest";
import { findParagraphs } from "../../../../src/stages/segment/segment.js";
import { findQuotations } from "../../../../src/stages/statements/quotes.js";

const quotesIn = (text: string): string[] => findQuotations(text, findParagraphs(text)).map((q) => text.slice(q.start, q.end));

describe("statements/quotes", () => {
  it.each([
    ["“We will not back down,” Putin said.", ["We will not back down,"]],
    ['"No," she said.', ["No,"]],
    ["''A museum alone will not do it,'' he said. ''It won't.''", ["A museum alone will not do it,", "It won't."]],
  ])("quotes: finds the quotation in %j", (text, expected) => {
    expect(quotesIn(text)).toEqual(expected);
  });

  it("quotes: doubled apostrophes run over paragraphs like other marks", () => {
    const text = "''First paragraph of it.\n\n''Second paragraph,'' he said.";
    expect(quotesIn(text)).toEqual(["First paragraph of it.\n\n''Second paragraph,"]);
  });

  it("quotes: a single apostrophe is no quotation mark", () => {
    expect(quotesIn("Putin's aide said it wasn't so.")).toEqual([]);
  });

  it("quotes: a signed paragraph is one quotation though its marks do not pair", () => {
    const text =
      "Intro line.\n\n”Mr. Trump embodies the legacy. He represents our greatest shame.” ― Sonya Herridge\n\n“I’d rather live in what he calls “hell” than here.” ― Adriana Rodarte";
    expect(quotesIn(text)).toEqual(["Mr. Trump embodies the legacy. He represents our greatest shame.", "I’d rather live in what he calls “hell” than here."]);
  });
});
