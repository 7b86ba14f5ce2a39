// The view state round-trips through the query string.
import { describe, expect, it } from "vitest";
import { readViewState, writeViewState } from "../../../web/src/url-state.js";
import { DEFAULT_VIEW, type ViewState } from "../../../web/src/view-state.js";

describe("url state", () => {
  it("url state: the default view writes an empty query", () => {
    expect(writeViewState(DEFAULT_VIEW)).toBe("");
    expect(readViewState("")).toEqual(DEFAULT_VIEW);
  });

  it("url state: a full view round-trips", () => {
    const view: ViewState = {
      filters: {
        types: new Set(["Place", "Person"]),
        edgeTypes: new Set(["met"]),
        article: "a b/c",
        from: "2021-12-01",
        to: "2021-12-31",
        minDegree: 2,
        hideIsolated: true,
      },
      selected: "vladimir-putin",
      color: "community",
      size: "degree",
    };
    const search = writeViewState(view);
    expect(search).toContain("types=Person%2CPlace");
    expect(readViewState(search)).toEqual(view);
  });

  it("url state: keeps parameters it does not own", () => {
    expect(writeViewState({ ...DEFAULT_VIEW, selected: "x" }, "?graph=g.json&entity=y")).toBe("?graph=g.json&entity=x");
  });

  it.each([
    ["?types=Alien,Person", { types: new Set(["Person"]) }],
    ["?from=yesterday&to=2021-13", { from: null, to: null }],
    ["?degree=-4", { minDegree: 0 }],
    ["?degree=abc", { minDegree: 0 }],
  ])("url state: ignores malformed values in %s", (search, expected) => {
    expect(readViewState(search).filters).toMatchObject(expected);
  });
});
