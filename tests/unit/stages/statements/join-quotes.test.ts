import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/stages/statements/drafts.js";
import { joinFollowingQuotes, worthJoining } from "../../../../src/stages/statements/join-quotes.js";
import { findQuotations } from "../../../../src/stages/statements/quotes.js";
import { findParagraphs } from "../../../../src/stages/segment/segment.js";
import { tokenView } from "../../../../src/stages/token-view.js";
import { makeDoc } from "../../../helpers/make-doc.js";

function joined(text: string, content: string, cue: string, others: string[] = []): string {
  const doc = makeDoc(text);
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const draft = (c: string, k: string | null): Draft => ({ content: at(c), cue: k ? at(k) : null, speaker: null, addressee: null, via: null, rule: "tagger" });
  const paragraphs = findParagraphs(text);
  const out = joinFollowingQuotes(tokenView(doc), [draft(content, cue), ...others.map((o) => draft(o, null))], findQuotations(text, paragraphs), paragraphs);
  const first = out[0];
  return first ? text.slice(first.content.start, first.content.end) : "";
}

describe("statements/join-quotes", () => {
  it("join-quotes: a quotation going on after its cue's sentence joins the first", () => {
    const text = "“We remain open to credible talks,” he said. “Sadly, they chose a different path.”";
    expect(joined(text, "We remain open to credible talks,", "said")).toBe("We remain open to credible talks,” he said. “Sadly, they chose a different path.");
  });

  it("join-quotes: a quotation another statement claims stays apart", () => {
    const text = "“We remain open to credible talks,” he said. “Sadly, they chose a different path.”";
    expect(joined(text, "We remain open to credible talks,", "said", ["Sadly, they chose a different path."])).toBe("We remain open to credible talks,");
  });

  it("join-quotes: words between that outweigh the quotations keep them apart", () => {
    expect(worthJoining(2, 2, 20)).toBe(false);
    expect(worthJoining(10, 8, 3)).toBe(true);
  });
});
