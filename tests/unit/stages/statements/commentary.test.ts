import { describe, expect, it } from "vitest";
import { completeQuotation, cutAtNextAttribution, cutCommentary, saysSomething, trimContentEnd } from "../../../../src/stages/statements/statements.js";
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

describe("statements: a content says something", () => {
  it("is no statement when its content is only a quotation mark or punctuation", () => {
    const text = "The speech, titled ' and given in May, was long. He said 42.";
    const at = (part: string, from = 0): { start: number; end: number } => ({ start: text.indexOf(part, from), end: text.indexOf(part, from) + part.length });
    expect(saysSomething(text, at("'"))).toBe(false);
    expect(saysSomething(text, at(", "))).toBe(false);
    expect(saysSomething(text, at("42"))).toBe(true);
    expect(saysSomething(text, at("and given"))).toBe(true);
  });
});

describe("statements: a content's ends", () => {
  it("a content that opens a quotation runs to the quotation's end", () => {
    const text = 'Putin had told him, "you are worried by our battalions, while we have concerns," according to Bloomberg.';
    const open = text.indexOf('"');
    const close = text.lastIndexOf('"') + 1;
    const quotes = [{ outer: { start: open, end: close } }];
    expect(completeQuotation({ start: open, end: text.indexOf(", while") }, quotes)).toEqual({ start: open, end: close });
    // one that starts before the quotation, or covers it already, stays
    const before = { start: text.indexOf("him"), end: text.indexOf(", while") };
    expect(completeQuotation(before, quotes)).toEqual(before);
    expect(completeQuotation({ start: open, end: close }, quotes)).toEqual({ start: open, end: close });
  });

  it("does not end on a dash, comma or colon", () => {
    const text = "communications are at a low point - essentially not happening at all - after the closure";
    const end = text.indexOf("after");
    expect(text.slice(0, trimContentEnd(text, { start: 0, end }).end)).toBe("communications are at a low point - essentially not happening at all");
    expect(trimContentEnd("she hopes to win,", { start: 0, end: 17 })).toEqual({ start: 0, end: 16 });
    expect(trimContentEnd(" - ", { start: 0, end: 3 })).toEqual({ start: 0, end: 3 });
  });
});
