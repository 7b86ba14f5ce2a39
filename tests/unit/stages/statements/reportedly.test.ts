import { describe, expect, it } from "vitest";
import { findReportedly } from "../../../../src/stages/statements/reportedly.js";
import { tokenView } from "../../../../src/stages/token-view.js";
import { makeDoc } from "../../../helpers/make-doc.js";

describe("statements/reportedly", () => {
  it("reportedly: the clause around “reportedly” is content with no speaker", () => {
    const text = "Putin has lately been calling for guarantees. Putin reportedly raised this subject with Biden on Tuesday.";
    const [d] = findReportedly(tokenView(makeDoc(text)), []);
    expect(d && text.slice(d.content.start, d.content.end)).toBe("Putin reportedly raised this subject with Biden on Tuesday");
    expect(d?.speaker).toBeNull();
    expect(d?.cue && text.slice(d.cue.start, d.cue.end)).toBe("reportedly");
  });

  it("reportedly: not inside a quotation", () => {
    const text = "“He reportedly left,” she said.";
    expect(findReportedly(tokenView(makeDoc(text)), [{ start: 1, end: 19, outer: { start: 0, end: 20 } }])).toEqual([]);
  });
});
