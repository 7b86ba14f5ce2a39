// How entities and edges look: colour by type or by community (with the
// legend's labels), size by mentions or by degree, edge width by weight.
import type { EdgeType, EntityType } from "../../src/graph/serialized.js";

export const TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  Person: "#d9534f",
  Organization: "#2f6db5",
  Place: "#3c9a5f",
  Group: "#e69b00",
  Other: "#8e8e8e",
};

export const ENTITY_TYPES = Object.keys(TYPE_COLORS) as EntityType[];

export const EDGE_COLORS: Readonly<Record<EdgeType, string>> = {
  "said-about": "#b9c0c7",
  "said-to": "#9d7cc1",
  met: "#d9534f",
  role: "#2f6db5",
  "member-of": "#5b8fd0",
  "located-in": "#3c9a5f",
};

export const EDGE_TYPES = Object.keys(EDGE_COLORS) as EdgeType[];

/** Edge types whose direction carries meaning; the others draw as lines. */
export const DIRECTED_EDGE_TYPES: ReadonlySet<EdgeType> = new Set(["said-about", "said-to", "role", "member-of", "located-in"]);

/** Community colours, largest community first; the rest share OTHER_COMMUNITY. */
export const COMMUNITY_COLORS: readonly string[] = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#2b8cbe",
  "#8cd17d",
  "#d37295",
];
export const OTHER_COMMUNITY = "#bab0ac";

export type ColorMode = "type" | "community";
export type SizeMode = "mentions" | "degree";

/**
 * Node radius on a square-root scale from the smallest to `max`, so area
 * follows the value; big graphs get smaller dots so hubs do not cover them.
 */
export function nodeSize(value: number, max: number, order: number): number {
  const [lo, hi] = order > 2000 ? [1.5, 16] : order > 300 ? [2.5, 18] : [4, 20];
  if (max <= 0) return lo;
  return lo + (hi - lo) * Math.sqrt(Math.max(0, value) / max);
}

export function edgeSize(weight: number): number {
  return Math.min(6, 0.6 + Math.log2(1 + weight));
}
