import { describe, expect, it } from "vitest";
import { matchContents, scorerTokens } from "../../../../../src/stages/statements/filter/label.js";

describe("statements/filter/label", () => {
  it("label: scorer tokens skip runs without a letter or digit", () => {
    const text = "He said — “yes” 42 .";
    expect(scorerTokens(text).map((t) => text.slice(t.start, t.end))).toEqual(["He", "said", "“yes”", "42"]);
  });

  it("label: a content matches gold at token Jaccard 0.5, one to one", () => {
    const text = "Putin said the talks were very constructive and useful today.";
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const gold = [[at("the talks were very constructive")]];
    const labels = matchContents(text, [at("the talks were very constructive and useful today"), at("the talks were very")], gold);
    // 5/8 and 4/5: the closer one takes the only gold attribution
    expect(labels).toEqual([false, true]);
  });
});
