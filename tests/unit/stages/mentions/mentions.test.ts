// The mentions stage on raw article text: the trained tagger's names, typed
// and sharpened by the rules (known ids, roles, groups, compounds, headlines).
import { describe, expect, it } from "vitest";
import type { ArticleDoc } from "../../../../src/model/doc.js";
import type { Mention } from "../../../../src/model/entity.js";
import { makeDoc } from "../../../helpers/make-doc.js";

const names = (doc: ArticleDoc): string[] => (doc.mentions ?? []).filter((m) => m.kind === "name").map((m) => `${doc.text.slice(m.start, m.end)}/${m.type}`);
const mention = (doc: ArticleDoc, surface: string): Mention | undefined => (doc.mentions ?? []).find((m) => doc.text.slice(m.start, m.end) === surface);

describe("mentions: names from the tagger", () => {
  it.each([
    ["Angela Merkel met Emmanuel Macron in Berlin on Monday.", ["Angela Merkel/Person", "Emmanuel Macron/Person", "Berlin/Place"]],
    ["Shares of Volkswagen rose after the European Commission approved the deal.", ["Volkswagen/Organization", "European Commission/Organization"]],
    ["Russia's foreign ministry said Moscow would respond.", ["Russia/Place", "Moscow/Place"]],
    ["Putin\u2019s spokesman Dmitry Peskov spoke to reporters.", ["Putin/Person", "Dmitry Peskov/Person"]],
  ])("mentions: finds and types the names in %j", (text, expected) => {
    expect(names(makeDoc(text, "mentions"))).toEqual(expected);
  });

  it("mentions: a possessive ending is not part of the name", () => {
    const doc = makeDoc("Britain's prime minister spoke after Russia’s envoy left.", "mentions");
    expect(mention(doc, "Britain")?.type).toBe("Place");
    expect(mention(doc, "Russia")?.type).toBe("Place");
  });

  it("mentions: splits a hyphenated pair of known names into two people", () => {
    const doc = makeDoc("The Biden-Putin summit lasted two hours.", "mentions");
    expect(names(doc)).toEqual(["Biden/Person", "Putin/Person"]);
  });

  it("mentions: a known organisation keeps its curated type and id", () => {
    const doc = makeDoc("The Kremlin described the talks as constructive.", "mentions");
    expect(mention(doc, "Kremlin")).toMatchObject({ type: "Organization", candidates: ["kremlin"] });
  });

  it("mentions: nationalities and group words are Group mentions", () => {
    const doc = makeDoc("Russian officials said Western powers had ignored Americans.", "mentions");
    expect(mention(doc, "Russian")).toMatchObject({ type: "Group", candidates: ["russians"] });
    expect(mention(doc, "Western powers")?.type).toBe("Group");
    expect(mention(doc, "Americans")?.type).toBe("Group");
  });

  it("mentions: a stated title becomes the role of the name after it", () => {
    const doc = makeDoc("Putin met with Greek Prime Minister Kyriakos Mitsotakis in Sochi.", "mentions");
    expect(mention(doc, "Kyriakos Mitsotakis")?.role).toMatchObject({ title: "Prime Minister", of: "greece" });
  });

  it("mentions: the nationality word in a description of a role names the country, not a group", () => {
    const doc = makeDoc("Putin spoke while standing alongside the Greek PM. Russian voters were not asked.", "mentions");
    expect(mention(doc, "Greek")).toMatchObject({ type: "Place", candidates: ["greece"] });
    // outside a description a nationality stays a group of people
    expect(mention(doc, "Russian")?.type).toBe("Group");
  });

  it("mentions: a Title Case headline keeps only names the article also has", () => {
    const doc = makeDoc(
      "Putin: Would Be Criminal To Stand By And Spinelessly Watch Ukraine Join NATO\n\nPutin said Ukraine should not join NATO, and he would not watch it happen.",
      "mentions",
    );
    const headline = names(doc).slice(0, 3);
    expect(headline).toEqual(["Putin/Person", "Ukraine/Place", "NATO/Organization"]);
    expect(mention(doc, "Spinelessly Watch")).toBeUndefined();
  });

  it("mentions: a first line that ends in a number is a results line, not a headline", () => {
    const doc = makeDoc(
      "Italy ( Adler Capelli , Cristiano Citto ) 4:02.752 beat France ( Cyril Bos , Francis Moreau ) 4:04.539\nItaly won the team pursuit on Sunday .",
      "mentions",
    );
    expect(names(doc)).toEqual(expect.arrayContaining(["Adler Capelli/Person", "Cristiano Citto/Person", "Cyril Bos/Person", "Francis Moreau/Person"]));
  });

  it("mentions: reads names in ALL CAPS lines", () => {
    const doc = makeDoc("SOCCER - MANCHESTER UNITED BEAT LIVERPOOL .\nManchester United beat Liverpool 2-1 on Saturday .", "mentions");
    expect(mention(doc, "MANCHESTER UNITED")?.type).toBe("Organization");
  });

  it("mentions: curly quotes and non-breaking spaces do not break names", () => {
    const doc = makeDoc("\u201cWe will not back down,\u201d said Jens\u00a0Stoltenberg in Brussels.", "mentions");
    expect(mention(doc, "Jens\u00a0Stoltenberg")?.type).toBe("Person");
    expect(mention(doc, "Brussels")?.type).toBe("Place");
  });

  it("mentions: nothing in the byline or photo credits", () => {
    const doc = makeDoc(
      "Putin Warns NATO\n\nTyler Durden's Photo\nby Tyler Durden\n\nPutin spoke on Wednesday.\n\nGetty Images\n\nThe talks went on.",
      "mentions",
    );
    expect(names(doc)).not.toContain("Tyler Durden/Person");
    expect(names(doc).some((n) => n.startsWith("Getty"))).toBe(false);
    expect(names(doc).some((n) => n.startsWith("Wednesday"))).toBe(false);
  });

  it("mentions: names may sit inside a description", () => {
    const doc = makeDoc("The talks went ahead despite the US president issuing warnings.", "mentions");
    expect(mention(doc, "the US president")?.kind).toBe("description");
    expect(mention(doc, "US")?.type).toBe("Place");
  });
});
