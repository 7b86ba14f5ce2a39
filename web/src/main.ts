// The explorer's entry point: loads graph.json, builds the Explorer and wires
// the widgets (search, filters, timeline, panel, article view, exports, paste)
// and the keyboard to it.
import { ArticleView, fetchArticleSource } from "./article-view.js";
import { byId } from "./dom.js";
import { Explorer } from "./explorer.js";
import { exportJson, exportPng, exportTurtle } from "./export.js";
import { FilterPanel } from "./filter-panel.js";
import { createLayout } from "./layout.js";
import { GraphLoadError, loadGraphFile } from "./load-graph.js";
import { EntityPanel, indexDataset } from "./panel.js";
import { mergeNewArticle } from "./paste-merge.js";
import { extractArticle, setupPaste } from "./paste.js";
import { SearchBox } from "./search-box.js";
import { extractSubgraph } from "./subgraph.js";
import { Timeline } from "./timeline.js";
import { statementsPerDay, timelineDomain } from "./timeline-bins.js";
import type { TestHandle } from "./test-handle.js";
import { isFiltering } from "./view-state.js";

declare global {
  interface Window {
    /** Read-only handle for tests, benchmarks and the console. */
    newsgraph?: TestHandle;
  }
}

async function start(): Promise<void> {
  const graphUrl = new URLSearchParams(location.search).get("graph") ?? "data/graph.json";
  const file = await loadGraphFile(graphUrl);
  performance.mark("newsgraph:loaded");
  const app = new Explorer(file, byId("graph"), byId("legend"), byId("summary"));
  performance.mark("newsgraph:drawn");
  const data = () => app.data;

  const articleView = new ArticleView(byId("article-view"), data, fetchArticleSource(graphUrl, data), (id) => app.select(id, true));
  const panel = new EntityPanel(byId("panel"), app.data, indexDataset(app.data), {
    focus: (id) => app.select(id, true),
    close: () => app.select(null),
    openArticle: (id, statement) => void articleView.open(id, statement),
  });
  const search = new SearchBox(byId("search"), byId("search-results"), app.data, (id) => app.select(id, true));
  const filters = () => new FilterPanel(byId("filters"), app.data, (f) => app.setView({ filters: f }));
  let filterPanel = filters();
  const timelineFor = () =>
    new Timeline(byId("timeline"), timelineDomain(statementsPerDay(app.data.file)), (from, to) => app.setView({ filters: { ...app.view.filters, from, to } }));
  let timeline = timelineFor();
  const colorMode = byId<HTMLSelectElement>("color-mode");
  const sizeMode = byId<HTMLSelectElement>("size-mode");
  colorMode.addEventListener("change", () => app.setView({ color: colorMode.value === "community" ? "community" : "type" }));
  sizeMode.addEventListener("change", () => app.setView({ size: sizeMode.value === "degree" ? "degree" : "mentions" }));

  let shown: string | null = null;
  app.onView((view) => {
    filterPanel.set(view.filters);
    timeline.setRange(view.filters.from, view.filters.to);
    colorMode.value = view.color;
    sizeMode.value = view.size;
    if (view.selected !== shown) {
      shown = view.selected;
      if (shown) panel.show(shown);
      else panel.hide();
    }
    byId("filters-toggle").classList.toggle("active", isFiltering(view.filters));
  });
  app.notify();
  if (app.view.selected) app.flyTo(app.view.selected);

  const filtersBox = byId("filters");
  byId("filters-toggle").addEventListener("click", () => showFilters(filtersBox.hidden));
  const showFilters = (show: boolean): void => {
    filtersBox.hidden = !show;
    byId("filters-toggle").setAttribute("aria-expanded", String(show));
  };
  showFilters(isFiltering(app.view.filters) && window.innerWidth >= 900);

  const camera = app.renderer.getCamera();
  byId("zoom-in").addEventListener("click", () => void camera.animatedZoom({ duration: 250 }));
  byId("zoom-out").addEventListener("click", () => void camera.animatedUnzoom({ duration: 250 }));
  byId("zoom-fit").addEventListener("click", () => void camera.animatedReset({ duration: 300 }));

  const toggle = byId<HTMLButtonElement>("layout-toggle");
  const layout = createLayout(app.graph, (running) => {
    toggle.textContent = running ? "Stop layout" : "Resume layout";
    toggle.disabled = app.graph.order < 2;
  });
  toggle.addEventListener("click", () => (layout.isRunning() ? layout.stop() : layout.start()));

  const name = (): string => `newsgraph-${app.view.filters.article ?? "view"}`;
  const subgraph = () => {
    const vis = app.display.visible ?? { nodes: new Set(app.data.nodes.keys()), edges: new Set(app.data.edges.keys()) };
    return extractSubgraph(app.data, vis, app.view.filters, (id) => (app.graph.hasNode(id) ? app.graph.getNodeAttributes(id) : null));
  };
  const menu = document.querySelector<HTMLDetailsElement>("details.menu");
  menu?.addEventListener("click", (e) => {
    if ((e.target as HTMLElement).closest(".menu-items button")) menu.open = false;
  });
  byId("export-png").addEventListener("click", () => void exportPng(app.renderer, name()));
  byId("export-json").addEventListener("click", () => exportJson(subgraph(), name()));
  byId("export-ttl").addEventListener("click", () => exportTurtle(subgraph(), name()));

  setupPaste((added) => {
    const message = mergeNewArticle(app, added);
    panel.setData(app.data);
    search.setData(app.data);
    filterPanel = filters();
    timeline = timelineFor();
    app.notify();
    layout.start();
    return message;
  });

  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || (e.target as HTMLElement | null)?.closest("dialog")) return;
    if (articleView.openArticle) articleView.close();
    else app.select(null);
  });
  window.addEventListener("pagehide", () => {
    layout.kill();
    app.renderer.kill();
  });

  byId("status").textContent = "";
  window.newsgraph = {
    renderer: app.renderer,
    select: (id) => app.select(id, true),
    layoutRunning: () => layout.isRunning(),
    layoutStats: () => layout.stats(),
    startLayout: () => layout.start(),
    stopLayout: () => layout.stop(),
    order: () => app.graph.order,
    visibleNodes: () => (app.display.visible ? [...app.display.visible.nodes] : [...app.data.nodes.keys()]),
    extract: extractArticle,
  };
  // ?layout=off keeps the built positions (stable screenshots, benchmarks)
  if (new URLSearchParams(location.search).get("layout") !== "off") layout.start();
  performance.mark("newsgraph:ready");
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
