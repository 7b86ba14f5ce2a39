import { describe, expect, it } from "vitest";
import { makeDoc, spanText } from "../../../helpers/make-doc.js";

const statementsOf = (text: string) => {
  const doc = makeDoc(text, "statements");
  return (doc.statements ?? []).map((s) => ({
    speaker: spanText(doc, s.speaker),
    entity: s.speaker?.entity ?? null,
    cue: spanText(doc, s.cue),
    content: spanText(doc, s.content),
    addressee: s.addressee,
    via: s.via,
    kind: s.kind,
  }));
};

describe("statements", () => {
  it.each([
    ["Putin said the talks were very constructive.", "Putin", "the talks were very constructive"],
    ["“We will not back down,” Putin said.", "Putin", "We will not back down"],
  ])("statements: finds who said what in %j", (text, speaker, content) => {
    const found = statementsOf(text);
    expect(found.some((s) => s.speaker?.includes(speaker) && s.content?.includes(content))).toBe(true);
  });

  it("statements: a content stops before its own cue and speaker that close the sentence", () => {
    const found = statementsOf("Talks in Geneva\n\nThe talks were constructive, said Dmitry Peskov, the Kremlin spokesman.");
    expect(found).toContainEqual(expect.objectContaining({ cue: "said", content: "The talks were constructive" }));
  });

  it("statements: a sentence tying earlier words to a scene gives them its place ('She made the remarks at …')", () => {
    const story = (coda: string) =>
      makeDoc(
        `Merkel warns Russia\n\nGerman Chancellor Angela Merkel warned on Wednesday that new sanctions were ready.\n\nMerkel met French President Emmanuel Macron in Paris on Wednesday.${coda}`,
        "statements",
      ).statements?.find((x) => x.cue && x.content.start > 0 && x.speaker?.entity === "angela-merkel" && x.date === "2021-12-08");
    expect(story(" She made the remarks at a joint news conference.")?.place).toBe("paris");
    expect(story(" They discussed trade.")?.place).toBeNull();
  });

  it("statements: a quotation is direct, reported speech indirect", () => {
    const [direct] = statementsOf("“We will not back down,” Putin said.");
    const [indirect] = statementsOf("Putin said the talks were very constructive.");
    expect(direct?.kind).toBe("direct");
    expect(indirect?.kind).toBe("indirect");
  });

  it("statements: the reporter of a quote becomes via (issue 4)", () => {
    const found = statementsOf("Putin had told Joe Biden, “you Americans are worried by our battalions on Russian territory,” according to Bloomberg.");
    const told = found.find((s) => s.content?.includes("you Americans"));
    expect(told?.entity).toBe("vladimir-putin");
    expect(told?.via).toBe("bloomberg");
    expect(told?.addressee).toBe("joe-biden");
  });
});

describe("statements: rules fill gaps only", () => {
  it("statements: a rule does not take over a cue the tagger used (“…,” Melanie said, and soon …)", () => {
    const found = statementsOf(
      "Melanie watched the speech.\n\n“He really does love us,” Melanie said, and soon, the balloons were dropping and she was switching off the television.",
    );
    const said = found.filter((s) => s.cue === "said");
    expect(said.every((s) => !s.content?.startsWith("and soon"))).toBe(true);
  });
});

describe("statements: a speaker and cue closing the sentence", () => {
  it.each([
    [
      "Secret Service protocol called for the nominee to be taken to a trauma center, sources said.",
      "sources",
      "Secret Service protocol called for the nominee to be taken to a trauma center",
    ],
    [
      "Scott's relatives, who asked to see the video, watched it on Thursday, attorneys for the family said.",
      "attorneys for the family",
      "Scott's relatives, who asked to see the video, watched it on Thursday",
    ],
    [
      "Officials felt comfortable with the deal because they could pressure the lenders, said Mr. Barrett, the lawyer for the agency.",
      "Mr. Barrett",
      "Officials felt comfortable with the deal because they could pressure the lenders",
    ],
    [
      'During the investigation, Manafort acknowledged that his work could be termed "influence peddling," The Washington Post reported in 1991.',
      "The Washington Post",
      'During the investigation, Manafort acknowledged that his work could be termed "influence peddling,"',
    ],
  ])("statements: %j is one statement of its closing speaker", (text, speaker, content) => {
    const found = statementsOf(`Report\n\n${text}`);
    expect(found).toContainEqual(expect.objectContaining({ speaker, content }));
    expect(found.filter((s) => s.content && content.includes(s.content) && s.speaker !== speaker)).toEqual([]);
  });
});

describe("statements: according to", () => {
  it("statements: “According to exit polls, …” names its source even when its first word reads as a verb", () => {
    const found = statementsOf(
      "Wealthy voters are moving.\n\nAccording to exit polls, Mitt Romney had a ten-point lead over Obama among the high-earning group in 2012.",
    );
    const s = found.find((x) => x.content?.includes("Mitt Romney had a ten-point lead"));
    expect(s?.speaker).toContain("exit polls");
  });
});

describe("statements: lead-ins", () => {
  it("statements: “The New York Times reports:” introduces the quoted paragraphs after it, though “reports” reads as a noun", () => {
    const found = statementsOf(
      'Clinton has few small donors. The New York Times reports:\n\n"In an illustration of the lack of enthusiasm for her, just 24 percent of the contributors gave less.\n\n"Without this online network, Mrs. Clinton is being made to continue with fund-raisers."',
    );
    const s = found.find((x) => x.content?.startsWith("In an illustration"));
    expect(s?.speaker).toBe("The New York Times");
    expect(s?.content).toContain("Without this online network");
  });

  it.each([
    ["McCain Challenger Kelli Ward: Impeach the Attorney General Now", "Kelli Ward", "Impeach the Attorney General Now"],
    ["Obama on Climate Change: The Trends Are 'Terrifying'", "Obama", "The Trends Are 'Terrifying'"],
    ["Poll: Sanders Leads Clinton by Five Points in Iowa", "Poll", "Sanders Leads Clinton by Five Points in Iowa"],
  ])("statements: the headline %j names its speaker before the colon", (title, speaker, content) => {
    const found = statementsOf(`${title}\n\nKelli Ward is challenging John McCain in Arizona, and Obama spoke in Iowa on Monday.`);
    expect(found).toContainEqual(expect.objectContaining({ speaker, content, cue: ":" }));
  });

  it("statements: a headline kicker before the colon names nobody", () => {
    const found = statementsOf("The Latest: Cruz to Give Away an Engraved Shotgun\n\nThe campaign went on in Iowa on Monday.");
    expect(found.filter((s) => s.cue === ":")).toEqual([]);
  });
});
