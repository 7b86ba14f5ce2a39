// Merging a newly extracted article's graph file into the loaded one.
import { describe, expect, it } from "vitest";
import type { GraphFile, NodeAttributes } from "../../../src/graph/serialized.js";
import { mergeGraphFiles } from "../../../web/src/merge.js";
import { makeGraphFile } from "../../fixtures/web/graph-file.js";

function fragment(): GraphFile {
  const base = makeGraphFile();
  const alice = base.graph.nodes[0];
  if (!alice) throw new Error("fixture");
  return {
    ...base,
    graph: {
      ...base.graph,
      nodes: [
        {
          key: "alice-archer",
          attributes: { ...(alice.attributes as NodeAttributes), label: "Alice B. Archer", aliases: ["Archer"], mentions: 1, articles: ["p"] },
        },
        { key: "dave", attributes: { label: "Dave", type: "Person", aliases: [], roles: [], mentions: 1, articles: ["p"], x: 1, y: 1 } },
      ],
      edges: [
        {
          key: "said-about:alice-archer->bob-baker",
          source: "alice-archer",
          target: "bob-baker",
          attributes: { type: "said-about", weight: 1, statements: ["p/s1"], relations: [], articles: ["p"] },
        },
        {
          key: "met:dave->alice-archer",
          source: "dave",
          target: "alice-archer",
          attributes: { type: "met", weight: 1, statements: [], relations: ["p/r1"], articles: ["p"] },
        },
      ],
    },
    statements: {},
    relations: {},
    articles: { p: { id: "p", title: "Pasted", author: null, published: null, source: "pasted" } },
  };
}

describe("merge", () => {
  const merged = mergeGraphFiles(makeGraphFile(), fragment());
  const node = (id: string) => merged.graph.nodes.find((n) => n.key === id)?.attributes as NodeAttributes | undefined;

  it("merge: entities merge by id, adding mentions and uniting names and articles", () => {
    expect(node("alice-archer")).toMatchObject({ label: "Alice B. Archer", mentions: 6, articles: ["a", "b", "p"] });
    expect(node("alice-archer")?.aliases).toEqual(["Alice", "Alice Archer", "Archer", "Ms Archer"]);
  });

  it("merge: new entities and edges join, known edges add their records", () => {
    expect(node("dave")?.label).toBe("Dave");
    const edge = merged.graph.edges.find((e) => e.key === "said-about:alice-archer->bob-baker");
    expect(edge?.attributes).toMatchObject({ statements: ["a/s1", "p/s1"], weight: 2 });
    expect(merged.graph.edges).toHaveLength(7);
    expect(Object.keys(merged.articles)).toEqual(["a", "b", "p"]);
  });
});
