// Highlighting through sigma reducers only: the hovered or selected entity and
// its neighbours keep their colour, the rest fade. Nothing is written back.
import type { Attributes } from "graphology-types";
import type { RenderGraph } from "./render-graph.js";

export interface FocusState {
  hovered: string | null;
  selected: string | null;
}

const FADED = "#e4e6e8";

export function makeReducers(graph: RenderGraph, state: FocusState) {
  const focusSet = (): Set<string> | null => {
    const focus = state.hovered ?? state.selected;
    if (!focus || !graph.hasNode(focus)) return null;
    return new Set([focus, ...graph.neighbors(focus)]);
  };
  return {
    nodeReducer: (node: string, data: Attributes): Attributes => {
      const set = focusSet();
      const res: Attributes = { ...data };
      if (node === state.selected) res.highlighted = true;
      if (set && !set.has(node)) {
        res.color = FADED;
        res.label = "";
        res.zIndex = 0;
      } else if (set) {
        res.forceLabel = true;
        res.zIndex = 1;
      }
      return res;
    },
    edgeReducer: (edge: string, data: Attributes): Attributes => {
      const focus = state.hovered ?? state.selected;
      const res: Attributes = { ...data };
      if (focus && graph.hasNode(focus)) {
        const touches = graph.source(edge) === focus || graph.target(edge) === focus;
        if (!touches) res.hidden = true;
        else res.forceLabel = true;
      }
      return res;
    },
  };
}
