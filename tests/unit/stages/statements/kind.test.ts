import { describe, expect, it } from "vitest";
import { kindOf } from "../../../../src/stages/statements/kind.js";
import { findQuotations } from "../../../../src/stages/statements/quotes.js";

/** The kind of the content `part` of `text`, one paragraph. */
function kind(text: string, part: string): string {
  const quotes = findQuotations(text, [{ start: 0, end: text.length }]);
  const start = text.indexOf(part);
  return kindOf({ start, end: start + part.length }, quotes);
}

describe("statements: kind", () => {
  it("a short quotation in doubled apostrophes, marks and comma included, is direct", () => {
    const text = "''There's a lot of new complexity,'' said Mr. Burman.";
    expect(kind(text, "''There's a lot of new complexity,''")).toBe("direct");
  });

  it("a paraphrase with a quoted fragment is mixed, one without is indirect", () => {
    const text = 'He said that the plan was "a disaster" and would fail.';
    expect(kind(text, 'that the plan was "a disaster" and would fail')).toBe("mixed");
    expect(kind("He said that the plan would fail.", "that the plan would fail")).toBe("indirect");
  });
});
