import { describe, expect, it } from "vitest";
import { makeDoc } from "../../../helpers/make-doc.js";

const metOf = (text: string) => (makeDoc(text, "relations").relations ?? []).filter((r) => r.predicate === "met");

describe("relations/meetings", () => {
  it("meetings: X met with Y in PLACE on DAY carries place and date", () => {
    const [r] = metOf("Putin met with Greek Prime Minister Kyriakos Mitsotakis in Sochi on Wednesday.");
    expect(r).toMatchObject({ subject: "vladimir-putin", object: "kyriakos-mitsotakis", place: "sochi", date: "2021-12-08" });
  });

  it("meetings: the X-Y summit is a meeting of X and Y", () => {
    const [r] = metOf("Coming the day after the Biden-Putin virtual summit, markets rose.");
    expect(r).toMatchObject({ subject: "joe-biden", object: "vladimir-putin" });
  });

  it("meetings: 'the day after the X-Y summit' dates the summit from the sentence's own day", () => {
    // published Wednesday 2021-12-08 (make-doc): Monday is 2021-12-06
    const [after] = metOf("A day after the Macron-Scholz summit, Macron spoke to reporters on Monday.");
    expect(after).toMatchObject({ subject: "emmanuel-macron", object: "olaf-scholz", date: "2021-12-05" });
    const [before] = metOf("The day before the Macron-Scholz talks, on Monday, aides met in private.");
    expect(before?.date).toBe("2021-12-07");
    // without a day of its own the sentence says nothing of when the summit was
    const [undated] = metOf("Coming the day after the Biden-Putin virtual summit, markets rose.");
    expect(undated?.date).toBeNull();
  });

  it("meetings: X's talks with Y dates the talks by their possessive day", () => {
    const [r] = metOf("Putin commented on his prior day's talks with President Biden.");
    expect(r).toMatchObject({ subject: "vladimir-putin", object: "joe-biden", date: "2021-12-07" });
  });
});
