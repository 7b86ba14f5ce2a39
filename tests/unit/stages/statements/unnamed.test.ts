import { describe, expect, it } from "vitest";
import { extract } from "../../../../src/extract.js";
import { isUnnamedSource } from "../../../../src/stages/statements/unnamed.js";
import { tokenView } from "../../../../src/stages/token-view.js";
import { makeDoc } from "../../../helpers/make-doc.js";

function unnamed(text: string, speaker: string): boolean {
  const start = text.indexOf(speaker);
  const doc = makeDoc(text, "entities");
  const names = (doc.mentions ?? []).filter((m) => m.kind === "name");
  return isUnnamedSource(tokenView(doc), { start, end: start + speaker.length }, names);
}

describe("statements/unnamed sources", () => {
  it.each([
    ["Officials said the plan would be delayed.", "Officials", true],
    ["A source familiar with the talks said the deal was close.", "A source familiar with the talks", true],
    ["The deal was close, two people briefed on the matter said.", "two people briefed on the matter", true],
    ["Several cast members said he was rude.", "Several cast members", true],
    ["People familiar with the plan said it was ready.", "People familiar with the plan", true],
    ["The vote was rigged, city officials said.", "city officials", true],
    // these refer to someone the article may name
    ["They said the plan would be delayed.", "They", false],
    ["The commission said the sound was poor.", "The commission", false],
    ["This phony fact check says otherwise.", "This phony fact check", false],
    ["PENCE: Well, look, it is serious.", "PENCE", false],
    ["The former secretary of state said she was ready.", "The former secretary of state", false],
    ["Jones said the plan would be delayed.", "Jones", false],
  ])("unnamed: in %j, %j is an unnamed source: %s", (text, speaker, expected) => {
    expect(unnamed(text, speaker)).toBe(expected);
  });

  it("unnamed: the extraction marks the speaker, and only when it resolved to no entity", () => {
    const result = extract("Talks stall\n\nOfficials said the plan would be delayed. Vladimir Putin said the talks were constructive.", { id: "t" });
    const speakers = result.statements.map((s) => s.speaker);
    expect(speakers).toContainEqual(expect.objectContaining({ text: "Officials", entity: null, unnamed: true }));
    expect(speakers.find((s) => s?.entity === "vladimir-putin")).not.toHaveProperty("unnamed");
  });
});
