// ForceAtlas2 in a web worker with a sensible stop: the worker reports when
// the layout has settled (or a time budget runs out) and the page stops it;
// the user can resume it. Positions reach the graph at most once a frame.
import * as fa2 from "graphology-layout-forceatlas2";
import { type FromWorker, PPE, PPN, type ToWorker } from "./fa2-protocol.js";
import type { RenderGraph } from "./render-graph.js";

export interface LayoutStats {
  readonly iterations: number;
  readonly runningMs: number;
  /** Why it last stopped: "converged", "budget" or "user". */
  readonly stopReason: string | null;
  /** The last measured movement per iteration (share of the extent). */
  readonly movement: number | null;
}

export interface LayoutControl {
  start(): void;
  stop(reason?: string): void;
  isRunning(): boolean;
  stats(): LayoutStats;
  kill(): void;
}

/** Mean movement per iteration, as a share of the layout's extent, below which it has settled. */
const SETTLED = 0.0008;

/** The library's matrices: positions, sizes and masses per node; ends and weight per edge. */
export function toMatrices(graph: RenderGraph): { nodes: Float32Array; edges: Float32Array; order: string[] } {
  const nodes = new Float32Array(graph.order * PPN);
  const edges = new Float32Array(graph.size * PPE);
  const index = new Map<string, number>();
  const order: string[] = [];
  let j = 0;
  graph.forEachNode((id, a) => {
    index.set(id, j);
    order.push(id);
    nodes.set([a.x, a.y, 0, 0, 0, 0, 1, 1, a.size || 1, 0], j);
    j += PPN;
  });
  j = 0;
  graph.forEachEdge((_, a, source, target) => {
    const s = index.get(source) ?? 0;
    const t = index.get(target) ?? 0;
    const w = a.size || 1;
    nodes[s + 6] = (nodes[s + 6] ?? 1) + w;
    nodes[t + 6] = (nodes[t + 6] ?? 1) + w;
    edges.set([s, t, w], j);
    j += PPE;
  });
  return { nodes, edges, order };
}

export function createLayout(graph: RenderGraph, onChange: (running: boolean) => void): LayoutControl {
  let worker: Worker | null = null;
  let running = false;
  let order: string[] = [];
  let pending: Float32Array | null = null;
  let frame = 0;
  let iterations = 0;
  let movement: number | null = null;
  let base = 0;
  let runningMs = 0;
  let startedAt = 0;
  let stopReason: string | null = null;
  let budget: ReturnType<typeof setTimeout> | undefined;

  // On big graphs sigma's re-indexing after each position update is the main
  // cost: the next update waits as long as the last one took, so at least
  // half of the main thread stays free for panning and clicks.
  let cost = 0;
  let nextAt = 0;
  const schedule = (): void => {
    if (frame) return;
    const wait = nextAt - performance.now();
    if (wait > 0) frame = window.setTimeout(() => requestAnimationFrame(apply), wait);
    else frame = requestAnimationFrame(apply);
  };

  const apply = (): void => {
    frame = 0;
    const xy = pending;
    pending = null;
    if (!xy || !running) return;
    const t0 = performance.now();
    requestAnimationFrame(() => {
      cost = performance.now() - t0;
      nextAt = performance.now() + cost;
    });
    const at = new Map(order.map((id, i) => [id, i]));
    graph.updateEachNodeAttributes(
      (id, a) => {
        const i = at.get(id);
        return i === undefined ? a : { ...a, x: xy[2 * i] ?? a.x, y: xy[2 * i + 1] ?? a.y };
      },
      { attributes: ["x", "y"] },
    );
  };

  const onMessage = (event: MessageEvent<FromWorker>): void => {
    if (!running) return;
    iterations = base + event.data.iterations;
    movement = event.data.movement;
    pending = event.data.xy;
    schedule();
    if (event.data.converged) control.stop("converged");
  };

  const control: LayoutControl = {
    start: () => {
      if (graph.order < 2 || running) return;
      worker ??= new Worker(new URL("./fa2-worker.ts", import.meta.url), { type: "module" });
      worker.onmessage = onMessage;
      const m = toMatrices(graph);
      order = m.order;
      const settings = { ...fa2.inferSettings(graph), gravity: 1, strongGravityMode: true, slowDown: 5 };
      const message: ToWorker = { type: "start", nodes: m.nodes, edges: m.edges, settings, settled: SETTLED };
      worker.postMessage(message, [m.nodes.buffer, m.edges.buffer]);
      running = true;
      base = iterations;
      startedAt = performance.now();
      stopReason = null;
      clearTimeout(budget);
      budget = setTimeout(() => control.stop("budget"), Math.min(30_000, 5_000 + graph.order * 2));
      onChange(true);
    },
    stop: (reason = "user") => {
      clearTimeout(budget);
      if (!running) return;
      worker?.postMessage({ type: "stop" } satisfies ToWorker);
      if (pending) apply();
      running = false;
      runningMs += performance.now() - startedAt;
      stopReason = reason;
      onChange(false);
    },
    isRunning: () => running,
    stats: () => ({ iterations, runningMs: runningMs + (running ? performance.now() - startedAt : 0), stopReason, movement }),
    kill: () => {
      control.stop("killed");
      worker?.terminate();
      worker = null;
    },
  };
  return control;
}
