// The view state in the URL's query string, so a view can be shared and a
// reload restores it. Unknown or malformed values fall back to the defaults.
import type { EdgeType, EntityType } from "../../src/graph/serialized.js";
import { EDGE_TYPES, ENTITY_TYPES } from "./appearance.js";
import { DEFAULT_VIEW, type Filters, type ViewState } from "./view-state.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function readSet<T extends string>(value: string | null, allowed: readonly T[]): ReadonlySet<T> | null {
  if (value === null) return null;
  const wanted = new Set(value.split(",").filter((v): v is T => (allowed as readonly string[]).includes(v)));
  return wanted;
}

const writeSet = (set: ReadonlySet<string> | null): string | null => (set === null ? null : [...set].sort().join(","));

export function readViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const day = (key: string): string | null => {
    const v = p.get(key);
    return v !== null && DAY.test(v) ? v : null;
  };
  const degree = Number.parseInt(p.get("degree") ?? "0", 10);
  const filters: Filters = {
    types: readSet<EntityType>(p.get("types"), ENTITY_TYPES),
    edgeTypes: readSet<EdgeType>(p.get("edges"), EDGE_TYPES),
    article: p.get("article") || null,
    from: day("from"),
    to: day("to"),
    minDegree: Number.isFinite(degree) && degree > 0 ? Math.min(degree, 1000) : 0,
    hideIsolated: p.get("isolated") === "hide",
  };
  return {
    filters,
    selected: p.get("entity") || null,
    color: p.get("color") === "community" ? "community" : DEFAULT_VIEW.color,
    size: p.get("size") === "degree" ? "degree" : DEFAULT_VIEW.size,
  };
}

/** The query string for a view, keeping parameters it does not own (e.g. `graph`). */
export function writeViewState(view: ViewState, search = ""): string {
  const p = new URLSearchParams(search);
  const f = view.filters;
  const entries: [string, string | null][] = [
    ["types", writeSet(f.types)],
    ["edges", writeSet(f.edgeTypes)],
    ["article", f.article],
    ["from", f.from],
    ["to", f.to],
    ["degree", f.minDegree > 0 ? String(f.minDegree) : null],
    ["isolated", f.hideIsolated ? "hide" : null],
    ["entity", view.selected],
    ["color", view.color === DEFAULT_VIEW.color ? null : view.color],
    ["size", view.size === DEFAULT_VIEW.size ? null : view.size],
  ];
  for (const [key, value] of entries) {
    if (value === null) p.delete(key);
    else p.set(key, value);
  }
  const s = p.toString();
  return s ? `?${s}` : "";
}
