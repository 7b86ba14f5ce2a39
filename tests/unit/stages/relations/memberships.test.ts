import { describe, expect, it } from "vitest";
import { makeDoc } from "../../../helpers/make-doc.js";

const membershipsOf = (text: string) => {
  const doc = makeDoc(text, "relations");
  return (doc.relations ?? [])
    .filter((r) => r.predicate === "member-of")
    .map((r) => ({ subject: r.subject, object: r.object, text: doc.text.slice(r.evidence.start, r.evidence.end) }));
};

describe("relations/memberships", () => {
  it.each([
    [
      "a party word before the title",
      "Republican Sen. John McCain criticized the GOP platform on Monday.",
      "john-mccain",
      "republican-party",
      "Republican Sen. John McCain",
    ],
    [
      "a party letter and state in brackets",
      "Rep. Gwen Moore (D-Wis.) said the DNC had failed black voters.",
      "gwen-moore",
      "democratic-party",
      "Gwen Moore (D-Wis.)",
    ],
    ["an apposition", "Paul Ryan, Republican of Wisconsin, spoke to the RNC on Tuesday.", "paul-ryan", "republican-party", "Paul Ryan, Republican"],
    [
      "a nominee's party",
      "The GOP is divided. Democratic presidential nominee Hillary Clinton spoke, and the DNC cheered.",
      "hillary-clinton",
      "democratic-party",
      "Democratic presidential nominee Hillary Clinton",
    ],
  ])("memberships: %s", (_case, text, subject, object, evidence) => {
    expect(membershipsOf(text)).toContainEqual({ subject, object, text: evidence });
  });

  it("memberships: one relation per person and party, from the first place the article states it", () => {
    const found = membershipsOf("Republican nominee Donald Trump met donors. The GOP is wary. Later, Republican nominee Donald Trump spoke.");
    expect(found).toEqual([{ subject: "donald-trump", object: "republican-party", text: "Republican nominee Donald Trump" }]);
  });

  it.each([
    ["a party the article never names as an organisation", "Republican Sen. John McCain spoke on Monday."],
    ["a leaning, not a party", "Bernie Sanders, a Democratic-leaning independent, criticized the DNC."],
    ["a party word that is not next to the name", "Republican leaders in the Senate, including John McCain, met the GOP donors."],
    ["an organisation's name after the comma", "Like Donald Trump, the Republican National Committee has written off the effort, GOP aides said."],
    ["someone else's title", "Ivanka Trump, the Republican presidential nominee's eldest daughter, spoke to GOP delegates."],
  ])("memberships: none from %s", (_case, text) => {
    expect(membershipsOf(text)).toEqual([]);
  });

  it("memberships: the party of the next name in a list is that name's, not the one before the comma", () => {
    expect(membershipsOf("Endorsements came from President Barack Obama, Democratic presidential nominee Hillary Clinton and the DNC.")).toEqual([
      { subject: "hillary-clinton", object: "democratic-party", text: "Democratic presidential nominee Hillary Clinton" },
    ]);
  });
});
