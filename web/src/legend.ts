// The colour legend, listing only the entity types present in the graph.
import type { EntityType } from "../../src/graph/serialized.js";
import { TYPE_COLORS, TYPE_LABELS } from "./appearance.js";
import { el } from "./dom.js";
import type { Dataset } from "./render-graph.js";

export function renderLegend(container: HTMLElement, data: Dataset): void {
  const counts = new Map<EntityType, number>();
  for (const n of data.nodes.values()) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  const list = el("ul");
  for (const type of Object.keys(TYPE_COLORS) as EntityType[]) {
    const n = counts.get(type);
    if (!n) continue;
    const swatch = el("span", { className: "swatch" });
    swatch.style.background = TYPE_COLORS[type];
    list.append(el("li", {}, swatch, `${TYPE_LABELS[type]} (${n})`));
  }
  container.replaceChildren(list);
}
