import { describe, expect, it } from "vitest";
import { contentAlternatives } from "../../../../../src/stages/statements/bounds/alternatives.js";
import { tokenView } from "../../../../../src/stages/token-view.js";
import { makeDoc } from "../../../../helpers/make-doc.js";

function alternatives(text: string, content: string, cue: string): string[] {
  const view = tokenView(makeDoc(text));
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return contentAlternatives(view, at(content), at(cue)).map((a) => `${a.how}: ${text.slice(view.tokens[a.first]?.start, view.tokens[a.last]?.end)}`);
}

describe("statements/bounds/alternatives", () => {
  it("alternatives: the tagger's span comes first, then cuts at clause boundaries", () => {
    const text = "Video shows that Crutcher had his hands in the air, contradicting the police's earlier claim.";
    const found = alternatives(text, "that Crutcher had his hands in the air, contradicting the police's earlier claim", "shows");
    expect(found[0]).toBe("orig: that Crutcher had his hands in the air, contradicting the police's earlier claim");
    expect(found).toContain("cut: that Crutcher had his hands in the air");
  });

  it("alternatives: a short span may extend to the end of its sentence", () => {
    const text = "He said the talks, which lasted two hours, were useful.";
    const found = alternatives(text, "the talks", "said");
    expect(found).toContain("sentence: the talks, which lasted two hours, were useful");
  });

  it("alternatives: a content that swallowed its cue may start after it", () => {
    const text = "He believes that his efforts will last.";
    expect(alternatives(text, "He believes that his efforts will last", "believes")).toContain("after-cue: that his efforts will last");
  });
});
