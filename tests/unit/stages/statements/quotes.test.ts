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
});
