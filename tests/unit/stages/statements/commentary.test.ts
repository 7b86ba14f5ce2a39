import { describe, expect, it } from "vitest";
import { cutAtNextAttribution, cutCommentary } from "../../../../src/stages/statements/statements.js";
import { makeDoc } from "../../../helpers/make-doc.js";

describe("statements: commentary after a quotation", () => {
  it.each([
    ['the talks, which the ministry described as "constructive" - despite the warnings over the border', '"constructive"'],
    ['that "it would be a mistake to wait" – referring to the vote next week', 'that "it would be a mistake to wait"'],
    ['that "it would be a mistake to wait" ― just as he did in 2012', 'that "it would be a mistake to wait"'],
  ])("stops a content at a spaced dash after its quotation: %s", (tail, kept) => {
    const text = `Officials said ${tail}.`;
    const start = text.indexOf(tail.startsWith("the talks") ? '"constructive"' : "that");
    const quoteStart = text.indexOf('"');
    const quoteEnd = text.indexOf('"', quoteStart + 1) + 1;
    const span = cutCommentary(text, { start, end: text.length - 1 }, [{ outer: { start: quoteStart, end: quoteEnd } }]);
    expect(text.slice(span.start, span.end)).toBe(kept);
  });

  it("keeps a content whose dash is inside the quotation or has no quotation before it", () => {
    const text = 'He said "we will win - all of us" and left.';
    const q = { outer: { start: 8, end: 33 } };
    expect(cutCommentary(text, { start: 8, end: 33 }, [q])).toEqual({ start: 8, end: 33 });
    expect(cutCommentary("He said the plan - a bold one - works.", { start: 8, end: 37 }, [])).toEqual({ start: 8, end: 37 });
  });

  it("the Kremlin described the talks as “constructive”, and no more", () => {
    const doc = makeDoc(
      'The summit lasted two hours and the Kremlin described it as "constructive" - despite the president issuing warnings over the border, on Wednesday he spoke again.',
      "statements",
    );
    const s = doc.statements?.find((x) => doc.text.slice(x.content.start, x.content.end).includes("constructive"));
    const content = s ? doc.text.slice(s.content.start, s.content.end) : "";
    expect(content).toMatch(/constructive"?$/);
    expect(content).not.toMatch(/despite/);
  });
});

describe("statements: contents do not run into the next attribution", () => {
  it("cuts a content where another statement's speaker and cue begin", () => {
    const text = "Calling for calm, Putin asserted it would be criminal to wait.";
    const a = { content: { start: 12, end: 61 }, cue: { start: 0, end: 11 }, speaker: null };
    const b = { content: { start: 33, end: 61 }, cue: { start: 24, end: 32 }, speaker: { start: 18, end: 23 } };
    const [first, second] = cutAtNextAttribution(text, [a, b]);
    expect(first && text.slice(first.content.start, first.content.end)).toBe("calm");
    expect(second).toBe(b);
  });
});
