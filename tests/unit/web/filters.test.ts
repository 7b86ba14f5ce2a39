// Which entities and links the explorer's filters keep.
import { describe, expect, it } from "vitest";
import { toDataset } from "../../../web/src/dataset.js";
import { computeVisibility } from "../../../web/src/filters.js";
import { type Filters, NO_FILTERS } from "../../../web/src/view-state.js";
import { makeGraphFile } from "../../fixtures/web/graph-file.js";

const data = toDataset(makeGraphFile());
const visible = (patch: Partial<Filters>) => {
  const v = computeVisibility(data, { ...NO_FILTERS, ...patch });
  return { nodes: [...v.nodes].sort(), edges: [...v.edges].sort() };
};

describe("filters", () => {
  it("keeps everything without filters", () => {
    expect(visible({}).nodes).toHaveLength(5);
    expect(visible({}).edges).toHaveLength(6);
  });

  it.each([
    ["entity type", { types: new Set(["Person"] as const) }, ["alice-archer", "bob-baker"]],
    ["link type", { edgeTypes: new Set(["met"] as const), hideIsolated: true }, ["alice-archer", "bob-baker"]],
    ["minimum degree", { minDegree: 2 }, ["alice-archer", "bob-baker", "carthage"]],
    ["hidden isolated entities", { hideIsolated: true }, ["alice-archer", "bob-baker", "carthage", "mallory"]],
    ["article", { article: "b" }, ["alice-archer", "bob-baker"]],
    ["date range", { from: "2021-12-08", to: "2021-12-31" }, ["alice-archer", "bob-baker"]],
  ] as [string, Partial<Filters>, string[]][])("filters: by %s", (_, patch, nodes) => {
    expect(visible(patch).nodes).toEqual(nodes);
  });

  it("filters: a link is kept when one of its records is in the date range", () => {
    expect(visible({ from: "2021-12-09", to: "2021-12-09" }).edges).toEqual(["said-to:bob-baker->alice-archer"]);
    expect(visible({ from: "2021-12-01", to: "2021-12-06" }).edges).not.toContain("said-to:bob-baker->alice-archer");
  });

  it("filters: links need both ends visible", () => {
    const v = visible({ types: new Set(["Person", "Place"] as const) });
    expect(v.edges).not.toContain("said-about:mallory->alice-archer");
    expect(v.edges).toContain("role:bob-baker->carthage");
  });
});
