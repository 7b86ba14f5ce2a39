// ForceAtlas2 in a web worker: runs until the layout settles (or a time
// limit), then stops; the user can resume it. One place owns its lifecycle.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import * as fa2 from "graphology-layout-forceatlas2";
import type { RenderGraph } from "./render-graph.js";

export interface LayoutControl {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}

export function createLayout(graph: RenderGraph, onChange: (running: boolean) => void): LayoutControl {
  const settings = { ...fa2.inferSettings(graph), gravity: 1, strongGravityMode: true, slowDown: 5 };
  const supervisor = new FA2Layout(graph, { settings, getEdgeWeight: "size" });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const budgetMs = Math.min(12_000, 2_000 + graph.order * 2);
  const control: LayoutControl = {
    start: () => {
      if (graph.order < 2) return;
      supervisor.start();
      onChange(true);
      clearTimeout(timer);
      timer = setTimeout(() => control.stop(), budgetMs);
    },
    stop: () => {
      clearTimeout(timer);
      if (supervisor.isRunning()) supervisor.stop();
      onChange(false);
    },
    isRunning: () => supervisor.isRunning(),
    kill: () => {
      clearTimeout(timer);
      supervisor.kill();
    },
  };
  return control;
}
