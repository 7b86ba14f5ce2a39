// The explorer's state and its one update path: a view change (filters,
// selection, appearance) recomputes what it must, tells sigma to refresh, and
// writes the URL. Widgets call into it; it never reads state back from them.
import Sigma from "sigma";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from "sigma/rendering";
import type { GraphFile } from "../../src/graph/serialized.js";
import { type Communities, detectCommunities } from "./communities.js";
import { type Dataset, toDataset } from "./dataset.js";
import { computeVisibility } from "./filters.js";
import { renderLegend } from "./legend.js";
import { type DisplayState, createDisplayState, makeReducers, updateFocus } from "./reducers.js";
import { paintRenderGraph, type RenderEdge, type RenderGraph, type RenderNode, toRenderGraph } from "./render-graph.js";
import { readViewState, writeViewState } from "./url-state.js";
import { isFiltering, type ViewState } from "./view-state.js";

/** Above this many edges they are drawn as one-pixel lines (no arrow heads). */
const HAIRLINE_EDGES_FROM = 50_000;

export type ViewListener = (view: ViewState, data: Dataset) => void;

export class Explorer {
  data: Dataset;
  readonly graph: RenderGraph;
  readonly renderer: Sigma<RenderNode, RenderEdge>;
  readonly display: DisplayState = createDisplayState();
  view: ViewState;
  private communities: Communities | null = null;
  private readonly listeners: ViewListener[] = [];

  constructor(
    file: GraphFile,
    container: HTMLElement,
    private readonly legend: HTMLElement,
    private readonly summary: HTMLElement,
  ) {
    this.data = toDataset(file);
    this.graph = toRenderGraph(this.data);
    this.view = readViewState(location.search);
    // sizes and colours go in before sigma indexes the graph, so it draws once
    this.paint();
    this.renderer = new Sigma<RenderNode, RenderEdge>(this.graph, container, {
      ...makeReducers(this.graph, this.display),
      renderEdgeLabels: true,
      enableEdgeEvents: this.graph.size <= 20_000,
      // software-rendered or weak GPUs: big graphs pan without edges and labels
      hideEdgesOnMove: this.graph.size > 50_000,
      hideLabelsOnMove: this.graph.size > 50_000,
      // past that many edges, one-pixel GL lines: thick antialiased quads cost a software rasteriser seconds per frame
      edgeProgramClasses:
        this.graph.size > HAIRLINE_EDGES_FROM
          ? { line: EdgeLineProgram, arrow: EdgeLineProgram, curved: EdgeLineProgram, curvedArrow: EdgeLineProgram }
          : { line: EdgeRectangleProgram, arrow: EdgeArrowProgram, curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram },
      labelRenderedSizeThreshold: this.graph.order < 150 ? 0 : 5,
      edgeLabelSize: 11,
      zIndex: true,
    });
    this.renderer.on("enterNode", ({ node }) => this.hover(node));
    this.renderer.on("leaveNode", () => this.hover(null));
    this.renderer.on("enterEdge", ({ edge }) => this.hoverEdge(edge));
    this.renderer.on("leaveEdge", () => this.hoverEdge(null));
    this.renderer.on("clickNode", ({ node }) => this.select(node));
    this.renderer.on("clickStage", () => this.select(null));
    this.apply(this.view, "initial");
  }

  /** Tells the listeners the current view, e.g. once the widgets exist. */
  notify(): void {
    for (const listener of this.listeners) listener(this.view, this.data);
  }

  onView(listener: ViewListener): void {
    this.listeners.push(listener);
  }

  /** Changes the view: filters, selection or appearance. */
  setView(patch: Partial<ViewState>): void {
    const before = this.view;
    this.view = { ...before, ...patch };
    if (patch.color !== undefined || patch.size !== undefined) this.paint();
    this.apply(before);
  }

  select(id: string | null, fly = false): void {
    this.setView({ selected: id && this.data.nodes.has(id) ? id : null });
    if (fly && this.view.selected) this.flyTo(this.view.selected);
  }

  /** Moves the camera so the entity sits in the middle of the part of the graph the panel leaves visible. */
  flyTo(id: string): void {
    const pos = this.renderer.getNodeDisplayData(id);
    if (!pos) return;
    const camera = this.renderer.getCamera();
    const ratio = this.graph.order < 150 ? camera.ratio : Math.min(camera.ratio, 0.4);
    const covered = document.getElementById("panel")?.offsetWidth ?? 0;
    const a = this.renderer.viewportToFramedGraph({ x: 0, y: 0 });
    const b = this.renderer.viewportToFramedGraph({ x: covered / 2, y: 0 });
    const dx = (b.x - a.x) * (ratio / camera.ratio);
    void camera.animate({ x: pos.x + dx, y: pos.y, ratio }, { duration: 450 });
  }

  /** Replaces the data (after an article was added) and repaints. */
  setData(data: Dataset): void {
    this.data = data;
    this.communities = null;
    this.paint();
    this.apply(this.view, "reindex");
  }

  private hover(node: string | null): void {
    // while the stage is dragged, nodes pass under the pointer: no highlight then
    if (node && this.renderer.getMouseCaptor().isMouseDown) return;
    if (this.display.hovered === node) return;
    this.display.hovered = node;
    updateFocus(this.graph, this.display);
    this.repaint();
  }

  private hoverEdge(edge: string | null): void {
    this.display.hoveredEdge = edge;
    this.repaint();
  }

  /** Re-runs the reducers; on big graphs at most once a frame. */
  private repaint(): void {
    this.renderer.refresh({ skipIndexation: true, schedule: this.graph.size > 20_000 });
  }

  private paint(): void {
    if (this.view.color === "community" && !this.communities) this.communities = detectCommunities(this.data);
    const communities = this.view.color === "community" ? this.communities : null;
    paintRenderGraph(this.graph, this.data, this.view.size, communities?.colors ?? null);
    renderLegend(this.legend, this.data, communities);
  }

  /** "reindex" after the graph changed (sigma indexes new nodes); "initial" when sigma has just drawn. */
  private apply(before: ViewState, mode: "initial" | "reindex" | "change" = "change"): void {
    const v = this.view;
    if (v.selected && !this.data.nodes.has(v.selected)) this.view = { ...v, selected: null };
    this.display.visible = isFiltering(v.filters) ? computeVisibility(this.data, v.filters) : null;
    this.display.selected = this.view.selected;
    updateFocus(this.graph, this.display);
    const unchanged = mode === "initial" && !this.display.visible && !this.display.focus;
    if (!unchanged) this.renderer.refresh({ skipIndexation: mode !== "reindex" && before.filters === v.filters });
    this.writeSummary();
    const search = writeViewState(this.view, location.search);
    if (search !== location.search) history.replaceState(null, "", `${location.pathname}${search}${location.hash}`);
    for (const listener of this.listeners) listener(this.view, this.data);
  }

  private writeSummary(): void {
    const { file } = this.data;
    const vis = this.display.visible;
    const nodes = this.data.nodes.size;
    const edges = this.data.edges.size;
    const articles = Object.keys(file.articles).length;
    const count = (shown: number | undefined, all: number): string => (shown === undefined || shown === all ? `${all}` : `${shown} of ${all}`);
    this.summary.textContent = `${count(vis?.nodes.size, nodes)} entities · ${count(vis?.edges.size, edges)} links · ${Object.keys(file.statements).length} statements · ${articles} article${articles === 1 ? "" : "s"}`;
  }
}
