import { describe, expect, it } from "vitest";
import { isPassiveCue } from "../../../../src/stages/statements/passive.js";
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
  ])("passive: %j with cue %j is passive: %s", (text, cue, expected) => {
    expect(passive(text, cue)).toBe(expected);
  });
});
