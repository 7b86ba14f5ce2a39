// The corpus graph's edges: meetings are mutual, what is said has a direction.
import { describe, expect, it } from "vitest";
import { Corpus } from "../../../src/corpus/corpus.js";
import { buildGraph } from "../../../src/graph/build-graph.js";
import type { ExtractionResult } from "../../../src/model/result.js";
import { RESULT } from "../rdf/fixture.js";

const reversed: ExtractionResult = {
  ...RESULT,
  article: { ...RESULT.article, id: "a2" },
  statements: [],
  relations: [{ ...(RESULT.relations[0] as ExtractionResult["relations"][number]), id: "r-met-2", subject: "joe-biden", object: "vladimir-putin" }],
};

describe("graph: edges", () => {
  const corpus = new Corpus();
  corpus.add(RESULT, null);
  corpus.add(reversed, null);
  const graph = buildGraph(corpus);

  it("'X met Y' and 'Y met X' are one meeting edge, weighted by both", () => {
    const met = graph.filterEdges((_e, a) => a.type === "met");
    expect(met).toEqual(["met:joe-biden->vladimir-putin"]);
    expect(graph.getEdgeAttributes("met:joe-biden->vladimir-putin")).toMatchObject({
      weight: 2,
      relations: ["a1/r-met", "a2/r-met-2"],
      articles: ["a1", "a2"],
    });
  });

  it("what is said keeps its direction, from the speaker", () => {
    expect(graph.hasEdge("said-about:vladimir-putin->nato")).toBe(true);
    expect(graph.hasEdge("said-about:nato->vladimir-putin")).toBe(false);
  });
});
