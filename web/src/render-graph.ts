// Builds the rendering graph sigma draws: topology, positions and display
// attributes only. Entity data stays in the graph file (the Gephi Lite split),
// so sigma's reserved attributes (`type`) never clash with ours.
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphFile, NodeAttributes } from "../../src/graph/serialized.js";
import { EDGE_COLORS, edgeSize, nodeSize, TYPE_COLORS } from "./appearance.js";

export interface RenderNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

export interface RenderEdge {
  size: number;
  color: string;
  type: "arrow" | "line";
  label: string;
}

export type RenderGraph = MultiDirectedGraph<RenderNode, RenderEdge>;

export interface Dataset {
  readonly file: GraphFile;
  readonly nodes: ReadonlyMap<string, NodeAttributes>;
  readonly edges: ReadonlyMap<string, EdgeAttributes & { source: string; target: string }>;
}

export function toDataset(file: GraphFile): Dataset {
  const nodes = new Map(file.graph.nodes.map((n) => [n.key, n.attributes as NodeAttributes]));
  const edges = new Map(
    file.graph.edges.map((e, i) => [e.key ?? `e${i}`, { ...(e.attributes as EdgeAttributes), source: e.source, target: e.target }]),
  );
  return { file, nodes, edges };
}

export function toRenderGraph(data: Dataset): RenderGraph {
  const graph: RenderGraph = new MultiDirectedGraph();
  for (const [key, a] of data.nodes) {
    graph.addNode(key, { x: a.x, y: a.y, size: nodeSize(a.mentions), color: TYPE_COLORS[a.type] ?? TYPE_COLORS.Other, label: a.label });
  }
  for (const [key, e] of data.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(key, e.source, e.target, {
      size: edgeSize(e.weight),
      color: EDGE_COLORS[e.type] ?? "#ccc",
      type: e.type === "met" ? "line" : "arrow",
      label: e.type,
    });
  }
  return graph;
}
