// The filtered subgraph as a graph file of its own, and Louvain colouring.
import { describe, expect, it } from "vitest";
import { detectCommunities } from "../../../web/src/communities.js";
import { toDataset } from "../../../web/src/dataset.js";
import { computeVisibility } from "../../../web/src/filters.js";
import { validateGraphFile } from "../../../web/src/load-graph.js";
import { extractSubgraph } from "../../../web/src/subgraph.js";
import { NO_FILTERS } from "../../../web/src/view-state.js";
import { makeGraphFile } from "../../fixtures/web/graph-file.js";

const data = toDataset(makeGraphFile());

describe("subgraph", () => {
  it("subgraph: keeps the visible entities and the records behind the visible links", () => {
    const filters = { ...NO_FILTERS, article: "b" };
    const sub = extractSubgraph(data, computeVisibility(data, filters), filters);
    expect(sub.graph.nodes.map((n) => n.key).sort()).toEqual(["alice-archer", "bob-baker"]);
    expect(Object.keys(sub.statements)).toEqual(["b/s1"]);
    expect(Object.keys(sub.relations)).toEqual([]);
    expect(Object.keys(sub.articles)).toEqual(["b"]);
    expect(() => validateGraphFile(JSON.parse(JSON.stringify(sub)))).not.toThrow();
  });

  it("subgraph: takes current positions when given", () => {
    const sub = extractSubgraph(data, computeVisibility(data, NO_FILTERS), NO_FILTERS, () => ({ x: 1.23456, y: 2 }));
    expect(sub.graph.nodes[0]?.attributes).toMatchObject({ x: 1.235, y: 2 });
  });
});

describe("communities", () => {
  it("communities: every entity gets a colour, and the result is stable", () => {
    const a = detectCommunities(data);
    const b = detectCommunities(data);
    expect(a.colors.size).toBe(5);
    expect([...a.colors]).toEqual([...b.colors]);
    expect(a.groups[0]?.size).toBeGreaterThan(1);
  });
});
