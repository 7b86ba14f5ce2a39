import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makeDoc, spanText } from "../../../helpers/make-doc.js";

const statementsOf = (text: string) => {
  const doc = makeDoc(text, "statements");
  return (doc.statements ?? []).map((s) => ({
    speaker: spanText(doc, s.speaker),
    entity: s.speaker?.entity ?? null,
    cue: spanText(doc, s.cue),
    content: spanText(doc, s.content) ?? "",
    addressee: s.addressee,
    via: s.via,
  }));
};

describe("statements: first-article regressions (issue 4)", () => {
  it("statements: a passive 'what was said' inside reported speech neither cuts the content nor makes a clause a speaker", () => {
    const found = statementsOf(
      "The White House said Biden would this week brief America's European and NATO allies on what was said and agreed to during the summit.",
    );
    expect(found.some((s) => s.speaker?.startsWith("brief"))).toBe(false);
    const said = found.find((s) => s.content.startsWith("Biden would"));
    expect(said?.content).toContain("allies");
  });

  it("statements: the words of an 'according to' phrase are its source, not content", () => {
    const found = statementsOf("According to a translation of his words in state media, Putin said that the talks had been useful.");
    expect(found.some((s) => s.content.includes("his words in state media"))).toBe(false);
  });

  it("statements: an audience that is no entity gives no addressee", () => {
    const found = statementsOf("Last month, Putin had told a Russian foreign policy conference, “We are constantly voicing our concerns about this.”");
    expect(found.every((s) => s.addressee === null)).toBe(true);
  });

  it("statements: a participle before its noun is no cue ('pressing concerns')", () => {
    const found = statementsOf("A Kremlin statement later said Biden agreed to hold discussions on these red lines and pressing concerns.");
    expect(found.some((s) => s.cue === "pressing")).toBe(false);
  });
});

describe("statements: transcripts and signed quotes", () => {
  it("statements: each transcript paragraph is its speaker's statement", () => {
    const found = statementsOf(
      'Partial transcript as follows:\n\n"WALLACE: Why would Trump do that? And will she be there?\n\n"PENCE: Well, look, this is serious business for the American people.\n\n"WALLACE: Do you really see those two as equivalent?',
    );
    expect(found.filter((s) => s.cue === ":").map((s) => s.speaker)).toEqual(["WALLACE", "PENCE", "WALLACE"]);
  });

  it("statements: a quotation signed after a dash belongs to the signer", () => {
    const found = statementsOf(
      "Readers wrote in.\n\n“Maybe we can build a wall around the whole thing.” ― Steve Quinlan\n\n“He is obsessed with the border.” ― Esther Tapia",
    );
    expect(found.find((s) => s.content.includes("build a wall"))?.speaker).toBe("Steve Quinlan");
    expect(found.find((s) => s.content.includes("obsessed"))?.speaker).toBe("Esther Tapia");
  });
});

describe("statements: the first article end to end (issue 4)", () => {
  const text = readFileSync(new URL("../../../../data/articles/2021-12-08-putin-nato-ukraine.txt", import.meta.url), "utf8");
  const doc = makeDoc(text, "statements");
  const found = (doc.statements ?? []).map((s) => ({
    speaker: spanText(doc, s.speaker),
    entity: s.speaker?.entity ?? null,
    cue: spanText(doc, s.cue) ?? "",
    content: spanText(doc, s.content) ?? "",
  }));

  it("statements: “Putin reportedly raised this subject with Biden” is a statement", () => {
    expect(found.some((s) => s.content.includes("reportedly raised this subject with Biden"))).toBe(true);
  });

  it("statements: the fresh remarks are Putin's, not the Kremlin's of the clause before", () => {
    expect(found.find((s) => s.cue.startsWith("gave fresh remarks"))?.entity).toBe("vladimir-putin");
  });

  it("statements: the Kremlin's “constructive” does not run on into Putin's remarks", () => {
    expect(found.find((s) => s.cue.startsWith("described"))?.content.includes("Putin gave")).toBe(false);
  });

  it("statements: “Putin himself commented …” and the quotation after it are Putin's", () => {
    const commented = found.find((s) => s.content.includes("prior day's talks"));
    expect([commented?.speaker, commented?.entity]).toEqual(["Putin himself", "vladimir-putin"]);
    expect(found.find((s) => s.content.startsWith("The talks were very open"))?.entity).toBe("vladimir-putin");
  });

  it("statements: what Putin told Biden is the whole quotation", () => {
    expect(found.find((s) => s.content.includes("you Americans are worried"))?.content).toMatch(/Russia’s security,"$/);
  });

  it("statements: a title after talks is no statement (“his prior day's talks with President”)", () => {
    expect(found.some((s) => s.content === "President")).toBe(false);
  });
});
