// Louvain communities as an alternative colouring. Louvain needs a simple
// graph, so parallel and opposite edges are folded into one undirected edge
// whose weight is their sum; a seeded RNG keeps the colours stable.
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { COMMUNITY_COLORS, OTHER_COMMUNITY } from "./appearance.js";
import type { Dataset } from "./dataset.js";

/** mulberry32: a small seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Communities {
  /** Community colour of each entity. */
  readonly colors: ReadonlyMap<string, string>;
  /** Communities by size, largest first: colour, size and the best-known member. */
  readonly groups: readonly { readonly color: string; readonly size: number; readonly lead: string }[];
}

export function detectCommunities(data: Dataset): Communities {
  const g = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const id of data.nodes.keys()) g.addNode(id);
  for (const e of data.edges.values()) {
    if (e.source === e.target) continue;
    const key = g.edge(e.source, e.target);
    if (key === undefined) g.addEdge(e.source, e.target, { weight: e.weight });
    else g.updateEdgeAttribute(key, "weight", (w) => (w ?? 0) + e.weight);
  }
  const mapping = g.size > 0 ? louvain(g, { getEdgeWeight: "weight", rng: seededRandom(42) }) : {};
  const members = new Map<number, string[]>();
  for (const [id, c] of Object.entries(mapping)) {
    const list = members.get(c);
    if (list) list.push(id);
    else members.set(c, [id]);
  }
  const mentions = (id: string): number => data.nodes.get(id)?.mentions ?? 0;
  const ordered = [...members.values()].filter((m) => m.length > 1).sort((a, b) => b.length - a.length || (a[0] ?? "").localeCompare(b[0] ?? ""));
  const colors = new Map<string, string>();
  const groups = ordered.map((list, i) => {
    const color = COMMUNITY_COLORS[i] ?? OTHER_COMMUNITY;
    for (const id of list) colors.set(id, color);
    const lead = list.reduce((best, id) => (mentions(id) > mentions(best) ? id : best), list[0] ?? "");
    return { color, size: list.length, lead };
  });
  for (const id of data.nodes.keys()) if (!colors.has(id)) colors.set(id, OTHER_COMMUNITY);
  return { colors, groups };
}
