import { describe, expect, it } from "vitest";
import { isPassiveCue, speakersFromGrammar } from "../../../../src/stages/statements/passive.js";
import { mentionIndex } from "../../../../src/stages/statements/speaker.js";
import { tokenView } from "../../../../src/stages/token-view.js";
import { makeDoc } from "../../../helpers/make-doc.js";

function passive(text: string, cue: string): boolean {
  const doc = makeDoc(text);
  const start = text.indexOf(cue);
  return isPassiveCue(tokenView(doc), { start, end: start + cue.length });
}

describe("statements/passive", () => {
  it.each([
    ["Mr. Quiros was accused of using the money for himself.", "was accused of", true],
    ["He has been harshly criticized for his policies.", "has been harshly criticized for", true],
    ["The deal was criticized by the senator.", "was criticized", false],
    ["Putin said the talks were constructive.", "said", false],
    ["She was sure Trump would win.", "was sure", false],
    ["He’s called for big tax hikes on the rich.", "’s called for", false],
    ["Obama's veto is not expected to come before Friday.", "is not expected", true],
  ])("passive: %j with cue %j is passive: %s", (text, cue, expected) => {
    expect(passive(text, cue)).toBe(expected);
  });
});

/** The speaker speakersFromGrammar leaves a tagger draft of `text` with these words as content, cue and speaker (or null). */
function speakerAfterGrammar(text: string, content: string, cue: string, speaker: string | null): string | null {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const view = tokenView(makeDoc(text, "entities"));
  const draft = {
    content: at(content),
    cue: at(cue),
    speaker: speaker === null ? null : { ...at(speaker), entity: null },
    addressee: null,
    via: null,
    rule: "tagger",
  };
  const out = speakersFromGrammar(view, mentionIndex([]), [draft])[0]?.speaker;
  return out ? text.slice(out.start, out.end) : null;
}

describe("statements/passive: speakers from the cue's grammar", () => {
  it("passive: a passive cue loses the subject before it as speaker", () => {
    const text = "Mr. Quiros was accused of using the money for himself.";
    expect(speakerAfterGrammar(text, "using the money for himself", "was accused of", "Mr. Quiros")).toBeNull();
  });

  it.each([
    ["More recently, federal prosecutors in April charged two developers with fraud.", "April", "charged", "federal prosecutors"],
    ["Trump took to Twitter overnight to accuse the campaign of being duped.", "Twitter", "accuse", "Trump"],
    ["Protesters marching through the streets chanted that the curfew was unfair.", "the streets", "chanted", "Protesters"],
  ])("passive: in %j a preposition's object (%j) is not the speaker", (text, wrong, cue, subject) => {
    const content = text.slice(text.indexOf(cue) + cue.length + 1, -1);
    expect(speakerAfterGrammar(text, content, cue, wrong)).toBe(subject);
  });

  it.each([
    ["Millions were spent on groups backing Senator Cruz.", "groups", "backing"],
    ["The nominee spoke to the Republican nominee, who began his speech by thanking voters.", "the Republican nominee, who", "began"],
  ])("passive: in %j the noun before a participle or a relative clause stays the speaker", (text, speaker, cue) => {
    const content = text.slice(text.indexOf(cue) + cue.length + 1, -1);
    expect(speakerAfterGrammar(text, content, cue, speaker)).toBe(speaker);
  });

  it.each([
    [
      "In 1986, the Supreme Court blocked a New Jersey company from abandoning its plants, citing a threat to public health.",
      "a New Jersey company",
      "the Supreme Court",
    ],
    [
      "In August, several environmental groups granted Mr. Clarke an extension on a court order, saying his capital was less than expected.",
      "a court order",
      "several environmental groups",
    ],
  ])("passive: a participle cue after a comma in %j speaks for the main clause's subject, not its object", (text, object, subject) => {
    const cue = text.includes("citing") ? "citing" : "saying";
    const content = text.slice(text.indexOf(cue) + cue.length + 1, -1);
    expect(speakerAfterGrammar(text, content, cue, object)).toBe(subject);
  });

  it("passive: a participle cue keeps a speaker that is the subject of its own verb", () => {
    const text = "“It is a scam,” Tester said, referring to the bank's excuse.";
    expect(speakerAfterGrammar(text, "the bank's excuse", "referring", "Tester")).toBe("Tester");
  });

  it("passive: a relative pronoun whose clause closed before the cue gives way to the phrase it hangs on", () => {
    const furious = "Indiana politicians, who granted Carrier tax breaks, are furious and want their money back.";
    expect(speakerAfterGrammar(furious, "their money back", "want", "who")).toBe("Indiana politicians");
    const inside = "Smith, who said the deal was bad, left.";
    expect(speakerAfterGrammar(inside, "the deal was bad", "said", "who")).toBe("who");
  });

  it("passive: the agent of a participle set off by commas gives way to the phrase it modifies", () => {
    const text = "The poll, released on Wednesday by the Public Policy Institute, showed Clinton leading Sanders.";
    expect(speakerAfterGrammar(text, "Clinton leading Sanders", "showed", "the Public Policy Institute")).toBe("The poll");
  });

  it("passive: a verb cue after 'and' shares the subject of its sentence's first verb", () => {
    const text = "The AP has surveyed these delegates several times and noted their endorsements.";
    expect(speakerAfterGrammar(text, "their endorsements", "noted", null)).toBe("The AP");
  });

  it("passive: only a 'by' agent after a passive cue is its speaker", () => {
    const text = "The veto is expected to come before Friday, but Republicans seem confident. The bill was criticized on Tuesday by the mayor.";
    expect(speakerAfterGrammar(text, "to come before Friday", "is expected", "Republicans")).toBeNull();
    expect(speakerAfterGrammar(text, "The bill", "was criticized", "the mayor")).toBe("the mayor");
  });

  it("passive: an active verb cue without a speaker takes the subject before it", () => {
    const text = "An arbitration panel found the United States was in breach of the agreement.";
    expect(speakerAfterGrammar(text, "the United States was in breach of the agreement", "found", null)).toBe("An arbitration panel");
  });
});

describe("statements/passive: cues that name nobody", () => {
  it.each([
    ["It appeared that Trump was unable to parlay the assault.", "It", "appeared", "that Trump was unable to parlay the assault"],
    ["Asked about the bomb, Clinton said it was serious.", "Clinton", "Asked about", "the bomb"],
    ["Republicans seem confident they have the votes.", "Republicans", "seem", "Republicans confident they have the votes"],
    ["Melania did not appear to have left.", "Melania", "did not appear", "Melania to have left"],
    ["The bill, known as JASTA, passed.", "The bill", "known as", "JASTA"],
    ["She drew sharp criticism for failing to address the violence.", "She", "sharp criticism for", "failing to address the violence"],
    ["The senator came under fire for his remarks.", "The senator", "came under fire for", "his remarks"],
  ])("passive: %j has no speaker", (text, speaker, cue, content) => {
    expect(speakerAfterGrammar(text, content, cue, speaker)).toBeNull();
  });

  it("passive: a 'seem' cue with a verb of its own keeps its speaker", () => {
    const text = "Obama seemed to confirm that the talks had failed.";
    expect(speakerAfterGrammar(text, "that the talks had failed", "seemed to confirm", "Obama")).toBe("Obama");
  });
});
