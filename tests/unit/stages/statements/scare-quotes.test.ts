import { describe, expect, it } from "vitest";
import { findParagraphs } from "../../../../src/stages/segment/segment.js";
import { findQuotations } from "../../../../src/stages/statements/quotes.js";
import { findScareQuotes } from "../../../../src/stages/statements/scare-quotes.js";
import { mentionIndex } from "../../../../src/stages/statements/speaker.js";
import { tokenView } from "../../../../src/stages/token-view.js";
import { makeDoc } from "../../../helpers/make-doc.js";

function scare(text: string): { speaker: string; cue: string; content: string }[] {
  const doc = makeDoc(text, "entities");
  const view = tokenView(doc);
  const quotes = findQuotations(text, findParagraphs(text));
  return findScareQuotes(view, mentionIndex((doc.mentions ?? []).filter((m) => m.entity)), quotes).map((d) => ({
    speaker: d.speaker ? text.slice(d.speaker.start, d.speaker.end) : "",
    cue: d.cue ? text.slice(d.cue.start, d.cue.end) : "",
    content: text.slice(d.content.start, d.content.end),
  }));
}

describe("statements/scare-quotes", () => {
  it("scare-quotes: the object of a verb with a short quotation is the content, the subject the speaker", () => {
    expect(scare("On the show, Mary J. Blige sings Bruce Springsteen’s “American Skin” to Hillary Clinton.")).toEqual([
      { speaker: "Mary J. Blige", cue: "sings", content: "Bruce Springsteen’s “American Skin”" },
    ]);
  });

  it("scare-quotes: a long quotation is left to the other rules", () => {
    expect(scare("Harry Reid branded Trump “a man who will bleed the country dry and never look back at what he did”.")).toEqual([]);
  });
});
