// Coreference cases written from real sentences of the PolNeAR dev articles:
// which entity each name, title, pronoun and metonym mention belongs to.
import { describe, expect, it } from "vitest";
import type { ArticleDoc } from "../../../../src/model/doc.js";
import { makeDoc } from "../../../helpers/make-doc.js";

/** The entity of the n-th mention whose text is `surface`. */
function entityOf(doc: ArticleDoc, surface: string, n = 0): string | undefined {
  const found = (doc.mentions ?? []).filter((m) => doc.text.slice(m.start, m.end) === surface);
  return found[n]?.entity;
}

function typeOf(doc: ArticleDoc, id: string): string | undefined {
  return doc.entities?.find((e) => e.id === id)?.type;
}

const CASES: readonly { title: string; text: string; date: string; expect: readonly [string, number, string][] }[] = [
  {
    title: "keeps Bill and Hillary Clinton apart in one sentence",
    text: "Bill Clinton had worked with Hillary Clinton to overhaul healthcare in the 1990s but it wasn’t approved because of opposition by Congress and the insurance lobby.",
    date: "2016-10-04",
    expect: [
      ["Bill Clinton", 0, "bill-clinton"],
      ["Hillary Clinton", 0, "hillary-clinton"],
    ],
  },
  {
    title: "resolves a title stated by the knowledge file (the Democratic nominee)",
    text: "Bernie Sanders offered some pointed advice to Hillary Clinton on Friday in the upcoming presidential debates and beyond, as the Democratic nominee looks to shore up support amid sagging poll numbers, particularly among younger voters.",
    date: "2016-09-16",
    expect: [
      ["Bernie Sanders", 0, "bernie-sanders"],
      ["Hillary Clinton", 0, "hillary-clinton"],
      ["the Democratic nominee", 0, "hillary-clinton"],
    ],
  },
  {
    title: "gives a bare surname and speaker pronouns to the person named before",
    text: "In a speech in Fort Pierce, Florida Friday, Clinton laid out her proposals to increase national service. She wants to triple the size of the AmeriCorps program, grow the Peace Corps and create a new national service reserve program.\n\nClinton said she thinks America is strongest when people work together. She said Republican Donald Trump favors a “strongman approach.”",
    date: "2016-09-30",
    expect: [
      ["Clinton", 0, "hillary-clinton"],
      ["her", 0, "hillary-clinton"],
      ["She", 0, "hillary-clinton"],
      ["she", 0, "hillary-clinton"],
      ["She", 1, "hillary-clinton"],
      ["Donald Trump", 0, "donald-trump"],
    ],
  },
  {
    title: "splits a title from a name and resolves a male pronoun",
    text: "Trump openly admires Russian President Vladimir Putin as a “strong leader,” comparing him favorably to President Obama.",
    date: "2016-09-08",
    expect: [
      ["Trump", 0, "donald-trump"],
      ["Vladimir Putin", 0, "vladimir-putin"],
      ["Obama", 0, "barack-obama"],
    ],
  },
  {
    title: "keeps the White House a metonym and a possessive name on its person",
    text: "“What I would also say is that since the very first day the president signed this bill into law, he acknowledged an openness to working with Democrats or Republicans in Congress to further strengthen it,” White House press secretary Josh Earnest said at a briefing Monday before Bill Clinton’s comments.",
    date: "2016-10-04",
    expect: [
      ["White House", 0, "white-house"],
      ["Josh Earnest", 0, "josh-earnest"],
      ["Bill Clinton", 0, "bill-clinton"],
    ],
  },
  {
    title: "keeps the Kremlin as its own entity",
    text: '"What makes this new and troubling is not just the intelligence-gathering of hacking into a political party," Schiff told Capital Download on Wednesday, "but the attempt to interfere with the election process, as well as to potentially tip things in the direction of a favored candidate by the Kremlin."',
    date: "2016-09-21",
    expect: [
      ["Kremlin", 0, "kremlin"],
      ["Schiff", 0, "schiff"],
    ],
  },
  {
    title: "resolves a full name, a later surname and a description by role",
    text: "Clinton spokesman Nick Merrill says that Hillary Clinton called Alicia Machado on Friday to express gratitude to the former Miss Universe who has become caught up in the maelstrom of the presidential campaign. Merrill said the call was private.",
    date: "2016-10-01",
    expect: [
      ["Nick Merrill", 0, "nick-merrill"],
      ["Merrill", 0, "nick-merrill"],
      ["Hillary Clinton", 0, "hillary-clinton"],
      ["Alicia Machado", 0, "alicia-machado"],
    ],
  },
];

describe("entities: coreference on PolNeAR dev sentences", () => {
  for (const c of CASES) {
    it.each(c.expect)(`coreference: ${c.title}: "%s" #%i → %s`, (surface, n, id) => {
      const doc = makeDoc(c.text, "entities", `${c.date}T12:00:00`);
      expect(entityOf(doc, surface, n)).toBe(id);
    });
  }

  it("coreference: metonyms are organisations, not people", () => {
    const doc = makeDoc("The White House said Biden would brief allies. The Kremlin described the talks as constructive.", "entities");
    expect(typeOf(doc, "white-house")).toBe("Organization");
    expect(typeOf(doc, "kremlin")).toBe("Organization");
    expect(entityOf(doc, "Biden")).toBe("joe-biden");
  });

  it("coreference: the US president is Obama in 2016 and Biden in 2021", () => {
    const text = "The US president spoke on Tuesday.";
    expect(entityOf(makeDoc(text, "entities", "2016-09-20T12:00:00"), "The US president")).toBe("barack-obama");
    expect(entityOf(makeDoc(text, "entities", "2021-12-08T12:00:00"), "The US president")).toBe("joe-biden");
  });

  it("coreference: a possessive counterpart is the other holder of the same office", () => {
    const doc = makeDoc("Putin had told his US counterpart that Russia had concerns. Putin met Biden later.", "entities");
    expect(entityOf(doc, "his US counterpart")).toBe("joe-biden");
  });

  it("coreference: a title of one country is not somebody whose country the article does not state", () => {
    // from a PolNeAR train article: Reagan is "President Reagan" with no country, and nobody else is a president
    const doc = makeDoc(
      "Trump's visit to Mexico, where he met the Mexican president, reminds me of President Reagan's trip to Geneva in 1985.",
      "entities",
      "2016-09-06T12:00:00",
    );
    expect(entityOf(doc, "the Mexican president")).toBeUndefined();
    // an office holder the knowledge file knows for the date is still found
    expect(entityOf(makeDoc("President Obama arrived. The US president spoke on Tuesday.", "entities", "2016-09-20T12:00:00"), "The US president")).toBe(
      "barack-obama",
    );
  });
});
