// How entities and edges look: colour by type (with the legend's labels),
// size by how often an entity is mentioned.
import type { EdgeType, EntityType } from "../../src/graph/serialized.js";

export const TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  Person: "#d9534f",
  Organization: "#2f6db5",
  Place: "#3c9a5f",
  Group: "#e69b00",
  Other: "#8e8e8e",
};

export const TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  Person: "Person",
  Organization: "Organization",
  Place: "Place",
  Group: "Group",
  Other: "Other",
};

export const EDGE_COLORS: Readonly<Record<EdgeType, string>> = {
  "said-about": "#b9c0c7",
  "said-to": "#9d7cc1",
  met: "#d9534f",
  role: "#2f6db5",
  "member-of": "#2f6db5",
  "located-in": "#3c9a5f",
};

export function nodeSize(mentions: number): number {
  return 4 + Math.sqrt(Math.max(1, mentions)) * 2.2;
}

export function edgeSize(weight: number): number {
  return Math.min(6, 0.6 + Math.log2(1 + weight));
}
