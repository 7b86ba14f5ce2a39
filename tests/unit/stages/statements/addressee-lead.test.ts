import { describe, expect, it } from "vitest";
import { dropAddresseeLeads } from "../../../../src/stages/statements/addressee-lead.js";
import type { Draft } from "../../../../src/stages/statements/drafts.js";
import { findParagraphs } from "../../../../src/stages/segment/segment.js";
import { findQuotations } from "../../../../src/stages/statements/quotes.js";
import { tokenView } from "../../../../src/stages/token-view.js";
import { makeDoc } from "../../../helpers/make-doc.js";

/** The content after dropping the lead, for a draft whose cue is `cue` and content runs from `from` to the end of the sentence. */
function contentOf(text: string, cue: string, from: string): string {
  const view = tokenView(makeDoc(text));
  const quotes = findQuotations(text, findParagraphs(text));
  const c = text.indexOf(cue);
  const start = text.indexOf(from);
  const draft: Draft = {
    content: { start, end: text.length - 1 },
    cue: { start: c, end: c + cue.length },
    speaker: null,
    addressee: null,
    via: null,
    rule: "test",
  };
  const [d] = dropAddresseeLeads(view, [draft], quotes);
  return d ? text.slice(d.content.start, d.content.end) : "";
}

describe("statements/addressee-lead", () => {
  it("addressee lead: “told his US counterpart, “…”” keeps only the quotation", () => {
    const text = "Putin had told his US counterpart, “you Americans are worried by our battalions.”.";
    expect(contentOf(text, "told", "his US")).toBe("“you Americans are worried by our battalions.”");
  });

  it("addressee lead: after a verb that takes no addressee the words stay (“said that under Obama, “…””)", () => {
    const text = "He said that under President Obama, “the generals have been reduced to rubble.”.";
    expect(contentOf(text, "said", "that under")).toBe("that under President Obama, “the generals have been reduced to rubble.”");
  });

  it("addressee lead: a clause before the quotation stays (“told reporters he was sure, “…””)", () => {
    const text = "She told reporters he was sure, “we will win.”.";
    expect(contentOf(text, "told", "reporters")).toBe("reporters he was sure, “we will win.”");
  });
});
