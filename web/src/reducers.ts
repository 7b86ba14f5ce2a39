// Display state through sigma reducers only: filtered-out items are hidden;
// the hovered or selected entity and its neighbours keep their colour and the
// rest fade. Sets are computed once per change, never per item; nothing is
// written back to the graph.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { Visibility } from "./filters.js";
import type { RenderEdge, RenderGraph, RenderNode } from "./render-graph.js";

const FADED = "#e4e6e8";
const FADED_EDGE = "#eef0f2";

export interface DisplayState {
  hovered: string | null;
  hoveredEdge: string | null;
  selected: string | null;
  visible: Visibility | null;
  /** The focus entity and its neighbours, derived by `updateFocus`. */
  focus: ReadonlySet<string> | null;
}

export function createDisplayState(): DisplayState {
  return { hovered: null, hoveredEdge: null, selected: null, visible: null, focus: null };
}

export function updateFocus(graph: RenderGraph, state: DisplayState): void {
  const focus = state.hovered ?? state.selected;
  state.focus = focus && graph.hasNode(focus) ? new Set([focus, ...graph.neighbors(focus)]) : null;
}

export function makeReducers(graph: RenderGraph, state: DisplayState) {
  return {
    nodeReducer: (node: string, data: RenderNode): Partial<NodeDisplayData> => {
      // the common case on big graphs: nothing to change, no copy
      if (!state.visible && !state.focus && node !== state.selected) return data;
      const res: Partial<NodeDisplayData> = { ...data };
      if (state.visible && !state.visible.nodes.has(node) && node !== state.selected) res.hidden = true;
      if (node === state.selected) res.highlighted = true;
      const focus = state.focus;
      if (focus && !focus.has(node)) {
        res.color = FADED;
        res.label = "";
        res.zIndex = 0;
      } else if (focus) {
        res.forceLabel = true;
        res.zIndex = 1;
      }
      return res;
    },
    edgeReducer: (edge: string, data: RenderEdge): Partial<EdgeDisplayData> => {
      if (!state.visible && !state.focus && edge !== state.hoveredEdge) return data;
      const res: Partial<EdgeDisplayData> = { ...data };
      if (state.visible && !state.visible.edges.has(edge)) {
        res.hidden = true;
        return res;
      }
      const focus = state.hovered ?? state.selected;
      if (edge === state.hoveredEdge) {
        res.forceLabel = true;
        res.zIndex = 2;
      } else if (focus && state.focus) {
        const touches = graph.source(edge) === focus || graph.target(edge) === focus;
        if (touches) {
          res.forceLabel = true;
          res.zIndex = 1;
        } else {
          res.color = FADED_EDGE;
          res.label = "";
          res.zIndex = 0;
        }
      }
      return res;
    },
  };
}
