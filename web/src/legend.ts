// The legend: node colours (entity types, or the largest communities named by
// their best-known member) and the link types present in the graph.
import type { EdgeType, EntityType } from "../../src/graph/serialized.js";
import { DIRECTED_EDGE_TYPES, EDGE_COLORS, EDGE_TYPES, ENTITY_TYPES, OTHER_COMMUNITY, TYPE_COLORS } from "./appearance.js";
import type { Communities } from "./communities.js";
import type { Dataset } from "./dataset.js";
import { el } from "./dom.js";

const MAX_COMMUNITIES = 8;

function item(color: string, text: string, className = "swatch"): HTMLElement {
  const swatch = el("span", { className });
  swatch.style.background = color;
  return el("li", {}, swatch, text);
}

export function renderLegend(container: HTMLElement, data: Dataset, communities: Communities | null): void {
  const list = el("ul");
  if (communities) {
    const shown = communities.groups.slice(0, MAX_COMMUNITIES);
    for (const g of shown) list.append(item(g.color, `${data.nodes.get(g.lead)?.label ?? g.lead} + ${g.size - 1}`));
    const rest = data.nodes.size - shown.reduce((s, g) => s + g.size, 0);
    if (rest > 0) list.append(item(OTHER_COMMUNITY, `other (${rest})`));
  } else {
    const counts = new Map<EntityType, number>();
    for (const n of data.nodes.values()) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
    for (const type of ENTITY_TYPES) {
      const n = counts.get(type);
      if (n) list.append(item(TYPE_COLORS[type], `${type} (${n})`));
    }
  }
  const edgeTypes = new Set<EdgeType>();
  for (const e of data.edges.values()) edgeTypes.add(e.type);
  const edges = el("ul", { className: "edge-legend" });
  for (const type of EDGE_TYPES) {
    if (edgeTypes.has(type)) edges.append(item(EDGE_COLORS[type], `${type}${DIRECTED_EDGE_TYPES.has(type) ? " →" : ""}`, "line-swatch"));
  }
  container.replaceChildren(el("h3", {}, communities ? "Communities" : "Entities"), list, el("h3", {}, "Links"), edges);
}
