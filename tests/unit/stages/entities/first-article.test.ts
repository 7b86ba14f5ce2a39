// The first article (data/articles/2021-12-08-putin-nato-ukraine.txt): every
// person, place and organisation, every mention of the three people, and no
// junk entities.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { analyse } from "../../../../src/extract.js";
import { toResult } from "../../../../src/pipeline/to-result.js";

const SOURCE = "data/articles/2021-12-08-putin-nato-ukraine.txt";
// Up to the entities stage: later stages do not change entities.
const result = toResult(analyse(fs.readFileSync(SOURCE, "utf8"), { source: SOURCE, disable: ["statements", "relations"] }));
const entity = (id: string) => result.entities.find((e) => e.id === id);
const texts = (id: string): string[] => entity(id)?.mentions.map((m) => m.text) ?? [];

describe("entities: the first article", () => {
  it.each([
    ["vladimir-putin", "Person"],
    ["joe-biden", "Person"],
    ["kyriakos-mitsotakis", "Person"],
    ["ukraine", "Place"],
    ["russia", "Place"],
    ["sochi", "Place"],
    ["nato", "Organization"],
    ["kremlin", "Organization"],
    ["white-house", "Organization"],
  ])("first article: %s is a %s", (id, type) => {
    expect(entity(id)?.type).toBe(type);
  });

  it("first article: the only people are Putin, Biden and Mitsotakis", () => {
    expect(result.entities.filter((e) => e.type === "Person").map((e) => e.id)).toEqual(["joe-biden", "kyriakos-mitsotakis", "vladimir-putin"]);
  });

  it("first article: Putin has every name, pronoun and reflexive mention", () => {
    const t = texts("vladimir-putin");
    expect(t.filter((x) => x === "Putin")).toHaveLength(13);
    expect(t).toEqual(expect.arrayContaining(["his", "He", "himself"]));
    expect(entity("vladimir-putin")?.mentions[0]?.start).toBe(0);
  });

  it("first article: Biden has the Biden-Putin summit, the US president and his US counterpart", () => {
    const t = texts("joe-biden");
    expect(t.filter((x) => x === "Biden")).toHaveLength(6);
    expect(t).toEqual(expect.arrayContaining(["the US president", "his US counterpart"]));
  });

  it("first article: Mitsotakis is named once and called the Greek PM", () => {
    expect(texts("kyriakos-mitsotakis")).toEqual(["Kyriakos Mitsotakis", "the Greek PM"]);
    expect(entity("kyriakos-mitsotakis")?.roles).toEqual([{ title: "Prime Minister", of: "greece" }]);
  });

  it.each(["photo", "wednesday", "tuesday", "getty-images", "tyler-durden", "getty"])("first article: no junk entity %s", (id) => {
    expect(entity(id)).toBeUndefined();
  });
});
