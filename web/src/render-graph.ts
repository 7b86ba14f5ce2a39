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
  type: "arrow" | "line" | "curvedArrow" | "curved";
  label: string;
  /** Bend of an edge that shares its two entities with others (0: straight). */
  curvature: number;
}

/** How far apart the curves of edges between the same two entities are drawn. */
const CURVE_STEP = 0.35;

/**
 * Edges between the same two entities ("said-about", "said-to" and "met"
 * between Putin and Biden) would be drawn on top of each other: each gets its
 * own bend, symmetric around the straight line, so all stay visible.
 */
export function curveParallelEdges(graph: RenderGraph): void {
  const pairs = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = pairs.get(pair);
    if (list) list.push(edge);
    else pairs.set(pair, [edge]);
  });
  for (const edges of pairs.values()) {
    edges.sort();
    edges.forEach((edge, i) => {
      const directed = DIRECTED_TYPES.has(graph.getEdgeAttribute(edge, "type"));
      // the bend is relative to the edge's own direction: flip the reverse ones so they fan out
      const flip = graph.source(edge) < graph.target(edge) ? 1 : -1;
      const curvature = edges.length === 1 ? 0 : flip * CURVE_STEP * (i - (edges.length - 1) / 2);
      const type = curvature === 0 ? (directed ? "arrow" : "line") : directed ? "curvedArrow" : "curved";
      graph.mergeEdgeAttributes(edge, { curvature, type });
    });
  }
}

const DIRECTED_TYPES: ReadonlySet<RenderEdge["type"]> = new Set(["arrow", "curvedArrow"]);

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
      curvature: 0,
    });
  }
  curveParallelEdges(graph);
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
