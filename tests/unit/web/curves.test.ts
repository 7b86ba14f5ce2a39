import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { curveParallelEdges, type RenderEdge, type RenderGraph, type RenderNode } from "../../../web/src/render-graph.js";

const edge = (type: RenderEdge["type"]): RenderEdge => ({ size: 1, color: "#999", type, label: "", curvature: 0 });

describe("web: edges between the same two entities", () => {
  it("fan out with distinct bends, and a lone edge stays straight", () => {
    const graph: RenderGraph = new MultiDirectedGraph<RenderNode, RenderEdge>();
    for (const id of ["a", "b", "c"]) graph.addNode(id, { x: 0, y: 0, size: 1, color: "#000", label: id });
    graph.addDirectedEdgeWithKey("said-about:a->b", "a", "b", edge("arrow"));
    graph.addDirectedEdgeWithKey("said-about:b->a", "b", "a", edge("arrow"));
    graph.addDirectedEdgeWithKey("met:a->b", "a", "b", edge("line"));
    graph.addDirectedEdgeWithKey("said-about:a->c", "a", "c", edge("arrow"));
    curveParallelEdges(graph);
    const pair = ["met:a->b", "said-about:a->b", "said-about:b->a"].map((e) => graph.getEdgeAttributes(e));
    // as drawn from a to b, the three bends differ and one of them is straight
    const bends = ["met:a->b", "said-about:a->b", "said-about:b->a"].map((e) => (graph.source(e) === "a" ? 1 : -1) * graph.getEdgeAttribute(e, "curvature"));
    expect(new Set(bends).size).toBe(3);
    expect(bends).toContain(0);
    expect(pair.map((a) => a.type)).toEqual(["curved", "arrow", "curvedArrow"]);
    expect(graph.getEdgeAttributes("said-about:a->c")).toMatchObject({ curvature: 0, type: "arrow" });
  });
});
