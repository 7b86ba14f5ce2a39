// Cross-article identity: bare surnames join the one full name they can mean,
// namesakes stay apart, and middle initials do not split a person.
import { describe, expect, it } from "vitest";
import type { EntityResult, ExtractionResult } from "../../../src/model/result.js";
import { nameWords, resolveIdentities } from "../../../src/corpus/identity.js";

function person(id: string, name: string, mentions: string[] = [name], roles: { title: string; of: string | null }[] = []): EntityResult {
  return { id, type: "Person", name, aliases: [], roles, mentions: mentions.map((text, k) => ({ start: k * 10, end: k * 10 + text.length, text })) };
}

function article(id: string, entities: EntityResult[]): ExtractionResult {
  return { article: { id, title: null, author: null, published: null, source: null }, entities, statements: [], relations: [] };
}

describe("corpus identity", () => {
  it("identity: merges a bare surname into the only full name that has it", () => {
    const map = resolveIdentities([
      article("a", [person("kyriakos-mitsotakis", "Kyriakos Mitsotakis")]),
      article("b", [person("mitsotakis", "Mitsotakis", ["Mitsotakis", "he"])]),
    ]);
    expect(map.get("b")?.get("mitsotakis")).toBe("kyriakos-mitsotakis");
    expect(map.get("a")?.get("kyriakos-mitsotakis")).toBe("kyriakos-mitsotakis");
  });

  it("identity: keeps Bill and Hillary Clinton apart", () => {
    const map = resolveIdentities([
      article("a", [person("bill-clinton", "Bill Clinton", ["Bill Clinton", "he"]), person("hillary-clinton", "Hillary Clinton", ["Hillary Clinton", "she"])]),
    ]);
    expect(map.get("a")?.get("bill-clinton")).toBe("bill-clinton");
    expect(map.get("a")?.get("hillary-clinton")).toBe("hillary-clinton");
  });

  it.each([
    ["she", "hillary-clinton"],
    ["he", "bill-clinton"],
  ])("identity: a bare Clinton referred to as %s goes to %s", (pronoun, expected) => {
    const map = resolveIdentities([
      article("a", [person("bill-clinton", "Bill Clinton", ["Bill Clinton", "he"])]),
      article("b", [person("hillary-clinton", "Hillary Clinton", ["Hillary Clinton", "she"])]),
      article("c", [person("clinton", "Clinton", ["Clinton", pronoun])]),
    ]);
    expect(map.get("c")?.get("clinton")).toBe(expected);
  });

  it("identity: a bare surname follows the full name in its own article", () => {
    const map = resolveIdentities([
      article("a", [person("bill-clinton", "Bill Clinton"), person("clinton", "Clinton")]),
      article("b", [person("hillary-clinton", "Hillary Clinton")]),
    ]);
    expect(map.get("a")?.get("clinton")).toBe("bill-clinton");
  });

  it("identity: a bare surname shared by two people and nothing else to go on stays apart", () => {
    const map = resolveIdentities([
      article("a", [person("bill-clinton", "Bill Clinton")]),
      article("b", [person("hillary-clinton", "Hillary Clinton")]),
      article("c", [person("clinton", "Clinton")]),
    ]);
    expect(map.get("c")?.get("clinton")).toBe("clinton");
  });

  it("identity: a stated role picks between namesakes", () => {
    const nominee = [{ title: "Democratic nominee", of: "democratic-party" }];
    const map = resolveIdentities([
      article("a", [person("bill-clinton", "Bill Clinton", ["Bill Clinton"], [{ title: "President", of: "united-states" }])]),
      article("b", [person("hillary-clinton", "Hillary Clinton", ["Hillary Clinton"], nominee)]),
      article("c", [person("clinton", "Clinton", ["Clinton"], nominee)]),
    ]);
    expect(map.get("c")?.get("clinton")).toBe("hillary-clinton");
  });

  it("identity: middle initials do not split a person", () => {
    const map = resolveIdentities([
      article("a", [person("donald-trump", "Donald Trump")]),
      article("b", [person("donald-j-trump", "Donald J. Trump"), person("trump", "Mr. Trump")]),
    ]);
    expect(map.get("b")?.get("donald-j-trump")).toBe("donald-trump");
    expect(map.get("b")?.get("trump")).toBe("donald-trump");
  });

  it("identity: leaves places and organisations under their own ids", () => {
    const place: EntityResult = { id: "russia", type: "Place", name: "Russia", aliases: [], roles: [], mentions: [] };
    expect(
      resolveIdentities([article("a", [place])])
        .get("a")
        ?.get("russia"),
    ).toBe("russia");
  });

  it.each([
    ["Mr. Donald J. Trump Jr.", ["donald", "trump"]],
    ["Mitsotakis's", ["mitsotakis"]],
  ])("identity: name words of %s", (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });
});
