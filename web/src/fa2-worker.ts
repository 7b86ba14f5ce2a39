// The ForceAtlas2 worker: runs the library's iteration in time slices, posts
// positions about ten times a second, and reports convergence when the mean
// movement per iteration falls below the settled share of the layout's extent.
import defaults from "graphology-layout-forceatlas2/defaults.js";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import { type FromWorker, PPN, type ToWorker } from "./fa2-protocol.js";

const SLICE_MS = 40;
const POST_MS = 100;
let run = 0;

function positions(nodes: Float32Array): Float32Array {
  const xy = new Float32Array((nodes.length / PPN) * 2);
  for (let i = 0, j = 0; i < nodes.length; i += PPN, j += 2) {
    xy[j] = nodes[i] ?? 0;
    xy[j + 1] = nodes[i + 1] ?? 0;
  }
  return xy;
}

/** Mean movement per node per iteration, as a share of the layout's extent. */
function movement(before: Float32Array, after: Float32Array, iterations: number): number {
  let moved = 0;
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (let j = 0; j < after.length; j += 2) {
    const x = after[j] ?? 0;
    const y = after[j + 1] ?? 0;
    moved += Math.hypot(x - (before[j] ?? 0), y - (before[j + 1] ?? 0));
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return moved / Math.max(1, after.length / 2) / Math.max(1, iterations) / extent;
}

function start(msg: Extract<ToWorker, { type: "start" }>): void {
  const id = ++run;
  const settings = { ...defaults, ...msg.settings };
  let iterations = 0;
  let lastPost = 0;
  let lastCheck = { xy: positions(msg.nodes), iterations: 0 };
  let calm = 0;
  const post = (movement: number, converged: boolean): void => {
    const xy = positions(msg.nodes);
    const message: FromWorker = { type: "positions", xy, iterations, movement, converged };
    self.postMessage(message, { transfer: [xy.buffer] });
  };
  const slice = (): void => {
    if (id !== run) return;
    const until = performance.now() + SLICE_MS;
    do {
      iterate(settings, msg.nodes, msg.edges);
      iterations++;
    } while (performance.now() < until);
    if (performance.now() - lastPost < POST_MS) return void setTimeout(slice, 0);
    lastPost = performance.now();
    const xy = positions(msg.nodes);
    const moved = movement(lastCheck.xy, xy, iterations - lastCheck.iterations);
    calm = moved < msg.settled ? calm + 1 : 0;
    lastCheck = { xy, iterations };
    const converged = calm >= 3;
    post(moved, converged);
    if (converged) run++;
    else setTimeout(slice, 0);
  };
  slice();
}

self.addEventListener("message", (event: MessageEvent<ToWorker>) => {
  if (event.data.type === "start") start(event.data);
  else run++;
});
