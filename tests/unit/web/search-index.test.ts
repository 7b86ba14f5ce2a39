// Finding entities by any of their names as the user types.
import { describe, expect, it } from "vitest";
import { toDataset } from "../../../web/src/dataset.js";
import { normalizeName, SearchIndex } from "../../../web/src/search-index.js";
import { makeGraphFile } from "../../fixtures/web/graph-file.js";

const index = new SearchIndex(toDataset(makeGraphFile()).nodes);
const ids = (q: string) => index.search(q).map((h) => h.id);

describe("search", () => {
  it.each([
    ["alice", ["alice-archer"]],
    ["Archer", ["alice-archer"]],
    ["ms arch", ["alice-archer"]],
    ["bob", ["bob-baker"]],
    ["carth", ["carthage"]],
    ["zzz", []],
    ["  ", []],
  ])("search: %s", (q, expected) => {
    expect(ids(q)).toEqual(expected);
  });

  it("search: reports the alias that matched", () => {
    expect(index.search("Ms Archer")[0]).toMatchObject({ id: "alice-archer", alias: "Ms Archer" });
    expect(index.search("Alice Archer")[0]).toMatchObject({ alias: null });
  });

  it("search: ranks whole names over prefixes over substrings", () => {
    expect(ids("a")[0]).toBe("alice-archer");
  });

  it("search: ignores case and diacritics", () => {
    expect(normalizeName("  Sánchez  Pérez ")).toBe("sanchez perez");
  });
});
