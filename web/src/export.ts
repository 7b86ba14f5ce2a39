// Exports: the current view as PNG (sigma's canvas layers composited), and
// the filtered subgraph as graphology JSON and as Turtle. Files are handed to
// the browser as downloads of blob URLs.
import type Sigma from "sigma";
import type { GraphFile } from "../../src/graph/serialized.js";
import type { RenderEdge, RenderNode } from "./render-graph.js";
import { toTurtle } from "./turtle.js";

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draws every sigma layer onto one canvas, right after a synchronous render. */
export function renderToCanvas(renderer: Sigma<RenderNode, RenderEdge>, background = "#f7f7f5"): HTMLCanvasElement {
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement("canvas");
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext("2d");
  if (!ctx) throw new Error("no 2D canvas");
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, out.width, out.height);
  for (const layer of ["edges", "edgeLabels", "nodes", "labels", "hovers", "hoverNodes"]) {
    const canvas = renderer.getCanvases()[layer];
    if (canvas) ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return out;
}

export function exportPng(renderer: Sigma<RenderNode, RenderEdge>, name: string): Promise<void> {
  const canvas = renderToCanvas(renderer);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error("the browser could not encode the PNG"));
      download(`${name}.png`, blob);
      resolve();
    }, "image/png");
  });
}

export function exportJson(file: GraphFile, name: string): void {
  download(`${name}.json`, new Blob([`${JSON.stringify(file, null, 1)}\n`], { type: "application/json" }));
}

export function exportTurtle(file: GraphFile, name: string): void {
  download(`${name}.ttl`, new Blob([toTurtle(file)], { type: "text/turtle" }));
}
