// The explorer: loads graph.json, draws it with sigma, refines the layout with
// ForceAtlas2 in a worker, highlights on hover and opens a panel on click.
import Sigma from "sigma";
import { byId } from "./dom.js";
import { createLayout } from "./layout.js";
import { renderLegend } from "./legend.js";
import { GraphLoadError, loadGraphFile } from "./load-graph.js";
import { EntityPanel, indexDataset } from "./panel.js";
import { type FocusState, makeReducers } from "./reducers.js";
import { type RenderEdge, type RenderNode, toDataset, toRenderGraph } from "./render-graph.js";

declare global {
  interface Window {
    /** Read-only handle for tests and the console. */
    newsgraph?: { renderer: Sigma<RenderNode, RenderEdge>; select(id: string | null): void; layoutRunning(): boolean };
  }
}

async function start(): Promise<void> {
  const status = byId("status");
  const params = new URLSearchParams(location.search);
  const source = params.get("graph") ?? "data/graph.json";
  const file = await loadGraphFile(source);
  const data = toDataset(file);
  const graph = toRenderGraph(data);
  const state: FocusState = { hovered: null, selected: null };
  const renderer = new Sigma<RenderNode, RenderEdge>(graph, byId("graph"), {
    ...makeReducers(graph, state),
    renderEdgeLabels: true,
    labelRenderedSizeThreshold: 8,
    zIndex: true,
  });
  const panel = new EntityPanel(byId("panel"), data, indexDataset(data), {
    focus: (id) => select(id, true),
    close: () => select(null),
  });

  function select(id: string | null, moveCamera = false): void {
    state.selected = id && graph.hasNode(id) ? id : null;
    if (state.selected) {
      panel.show(state.selected);
      if (moveCamera) {
        const pos = renderer.getNodeDisplayData(state.selected);
        if (pos) void renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 400 });
      }
    } else panel.hide();
    renderer.refresh({ skipIndexation: true });
  }

  renderer.on("enterNode", ({ node }) => {
    state.hovered = node;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on("leaveNode", () => {
    state.hovered = null;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on("clickNode", ({ node }) => select(node));
  renderer.on("clickStage", () => select(null));
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") select(null);
  });

  const toggle = byId<HTMLButtonElement>("layout-toggle");
  const layout = createLayout(graph, (running) => {
    toggle.textContent = running ? "Stop layout" : "Resume layout";
    toggle.disabled = graph.order < 2;
  });
  toggle.addEventListener("click", () => (layout.isRunning() ? layout.stop() : layout.start()));
  window.addEventListener("pagehide", () => {
    layout.kill();
    renderer.kill();
  });

  renderLegend(byId("legend"), data);
  const articles = Object.keys(file.articles).length;
  byId("summary").textContent = `${graph.order} entities · ${graph.size} links · ${Object.keys(file.statements).length} statements · ${articles} article${articles === 1 ? "" : "s"}`;
  status.textContent = "";
  window.newsgraph = { renderer, select: (id) => select(id), layoutRunning: () => layout.isRunning() };
  layout.start();
  document.body.dataset.ready = "true";
}

start().catch((error: unknown) => {
  const status = document.getElementById("status");
  if (status) {
    status.textContent = error instanceof GraphLoadError ? `Cannot show the graph: ${error.message}` : `Something went wrong: ${String(error)}`;
    status.classList.add("error");
  }
  document.body.dataset.ready = "error";
});
