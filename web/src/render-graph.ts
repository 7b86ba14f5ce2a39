// Builds the rendering graph sigma draws: topology, positions and display
// attributes only. Entity data stays in the dataset (the Gephi Lite split),
// so sigma's reserved attributes (`type`) never clash with ours.
import { MultiDirectedGraph } from "graphology";
import { DIRECTED_EDGE_TYPES, EDGE_COLORS, edgeSize, nodeSize, type SizeMode, TYPE_COLORS } from "./appearance.js";
import type { Dataset } from "./dataset.js";

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

/** Adds the dataset's nodes and edges that the rendering graph lacks; returns the new node ids. */
export function addToRenderGraph(graph: RenderGraph, data: Dataset, place?: (id: string) => { x: number; y: number }): string[] {
  const added: string[] = [];
  for (const [key, a] of data.nodes) {
    if (graph.hasNode(key)) continue;
    const pos = place ? place(key) : { x: a.x, y: a.y };
    graph.addNode(key, { ...pos, size: 1, color: TYPE_COLORS[a.type] ?? TYPE_COLORS.Other, label: a.label });
    added.push(key);
  }
  for (const [key, e] of data.edges) {
    if (graph.hasEdge(key) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(key, e.source, e.target, {
      size: edgeSize(e.weight),
      color: EDGE_COLORS[e.type] ?? "#ccc",
      type: DIRECTED_EDGE_TYPES.has(e.type) ? "arrow" : "line",
      label: e.type,
    });
  }
  return added;
}

export function toRenderGraph(data: Dataset): RenderGraph {
  const graph: RenderGraph = new MultiDirectedGraph();
  addToRenderGraph(graph, data);
  return graph;
}

/** Sets sizes and colours from the current modes; `colors` maps entities to community colours. */
export function paintRenderGraph(graph: RenderGraph, data: Dataset, size: SizeMode, colors: ReadonlyMap<string, string> | null): void {
  const valueFor = (id: string): number => (size === "degree" ? (data.degree.get(id) ?? 0) : (data.nodes.get(id)?.mentions ?? 0));
  let max = 0;
  for (const id of data.nodes.keys()) max = Math.max(max, valueFor(id));
  graph.updateEachNodeAttributes(
    (id, attr) => {
      const a = data.nodes.get(id);
      if (!a) return attr;
      return {
        ...attr,
        label: a.label,
        size: nodeSize(valueFor(id), max, data.nodes.size),
        color: colors?.get(id) ?? TYPE_COLORS[a.type] ?? TYPE_COLORS.Other,
      };
    },
    { attributes: ["size", "color", "label"] },
  );
  graph.updateEachEdgeAttributes(
    (id, attr) => {
      const e = data.edges.get(id);
      return e ? { ...attr, size: edgeSize(e.weight) } : attr;
    },
    { attributes: ["size"] },
  );
}
