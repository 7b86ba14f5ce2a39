// Deterministic layout at build time: positions seeded from each node's id,
// then ForceAtlas2 with settings inferred from the graph's size. The explorer
// starts from these positions, so the first frame is already readable.
import * as fa2 from "graphology-layout-forceatlas2";
import type { NewsGraph } from "./build-graph.js";

/** A small deterministic hash of a string to [0, 1). */
export function hashUnit(s: string, salt = 0): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

// The package is CommonJS: under Node's ESM the namespace's default is the
// module object, whose own default is the layout; a bundler (the explorer's
// in-page extraction) hands the layout over directly.
interface Fa2 {
  inferSettings(graph: NewsGraph): Record<string, number | boolean>;
  assign(graph: NewsGraph, options: { iterations: number; settings: Record<string, number | boolean>; getEdgeWeight: string }): void;
}
const imported = fa2.default as unknown as Fa2 & { default?: Fa2 };
const forceAtlas2: Fa2 = imported.default ?? imported;

/** Above this many nodes the layout approximates far forces (Barnes-Hut). */
const BARNES_HUT_FROM = 300;

export function layoutGraph(graph: NewsGraph, iterations = graph.order > 5000 ? 100 : 200): void {
  const spread = Math.sqrt(graph.order) * 10 + 10;
  graph.forEachNode((id) => {
    graph.mergeNodeAttributes(id, { x: (hashUnit(id, 1) - 0.5) * spread, y: (hashUnit(id, 2) - 0.5) * spread });
  });
  if (graph.order < 2) return;
  const settings = { ...forceAtlas2.inferSettings(graph), gravity: 1, strongGravityMode: true, barnesHutOptimize: graph.order > BARNES_HUT_FROM };
  forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: "weight" });
  // round so the output is stable across platforms' float formatting
  graph.forEachNode((id, a) => {
    graph.mergeNodeAttributes(id, { x: Math.round(a.x * 1000) / 1000, y: Math.round(a.y * 1000) / 1000 });
  });
}
