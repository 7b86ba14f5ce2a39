// Explorer benchmark (a script, not a test): in headless Chromium, for a
// synthetic 20,000-node / 100,000-edge graph and any built folders given as
// arguments, measures time to first frame, ForceAtlas2 iterations per second
// in the worker, the longest main-thread frame gap while it runs, and frame
// times while panning.  Usage: npm run bench:explorer [-- /tmp/polnear …]
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { startServe } from "../helpers/cli.js";
import { writeSyntheticBuild } from "./explorer-synthetic.js";

const LAYOUT_SECONDS = 8;

/** rAF intervals (ms) over `ms` while `during` runs. */
async function frameGaps(page: Page, ms: number, during: () => Promise<void> = async () => {}): Promise<number[]> {
  // a string, not a function: tsx would wrap a function with helpers the page lacks
  await page.evaluate(`(() => {
    window.__gaps = [];
    let last = performance.now();
    const until = last + ${ms};
    function tick(now) {
      window.__gaps.push(now - last);
      last = now;
      if (now < until) requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);
  })()`);
  await during();
  await page.waitForTimeout(ms + 100);
  return page.evaluate(() => (window as unknown as { __gaps: number[] }).__gaps.slice(1));
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { mean: s.reduce((a, b) => a + b, 0) / Math.max(1, s.length), p95: at(0.95), max: at(1) };
};

async function measure(name: string, dir: string, page: Page): Promise<Record<string, string | number>> {
  const server = await startServe(dir);
  try {
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready]", { timeout: 180_000 });
    const firstFrame = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))));
    const order = await page.evaluate(() => window.newsgraph?.order() ?? 0);
    const edges = await page.evaluate(() => window.newsgraph?.renderer.getGraph().size ?? 0);
    const duringLayout = stats(await frameGaps(page, LAYOUT_SECONDS * 1000));
    const layout = await page.evaluate(() => window.newsgraph?.layoutStats());
    await page.evaluate(() => window.newsgraph?.stopLayout());
    // look at it: tests/e2e/screenshots/bench-NAME.png
    await page.screenshot({ path: path.join(import.meta.dirname, "../e2e/screenshots", `bench-${name.replace(/[^\w.-]+/g, "-")}.png`) });
    const box = await page.locator("#graph").boundingBox();
    if (!box) throw new Error("no graph");
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    // sigma's own JS time per frame, apart from the rasteriser's
    await page.evaluate(`(() => {
      window.__renders = [];
      const r = window.newsgraph.renderer;
      let t0 = 0;
      r.on("beforeRender", () => { t0 = performance.now(); });
      r.on("afterRender", () => { window.__renders.push(performance.now() - t0); });
    })()`);
    const pan = stats(
      await frameGaps(page, 2500, async () => {
        await page.mouse.move(cx, cy);
        await page.mouse.down();
        for (let i = 0; i < 40; i++) await page.mouse.move(cx + Math.sin(i / 6) * 250, cy + Math.cos(i / 6) * 150, { steps: 2 });
        await page.mouse.up();
      }),
    );
    const renderJs = stats(await page.evaluate(() => (window as unknown as { __renders: number[] }).__renders));
    return {
      graph: name,
      nodes: order,
      edges,
      "first frame ms": Math.round(firstFrame),
      "FA2 it/s": layout && layout.runningMs > 0 ? Math.round((layout.iterations / layout.runningMs) * 1000 * 10) / 10 : 0,
      "layout stop": layout?.stopReason ?? "still running",
      "frame ms during layout (mean/p95/max)": `${duringLayout.mean.toFixed(1)}/${duringLayout.p95.toFixed(0)}/${duringLayout.max.toFixed(0)}`,
      "frame ms while panning (mean/p95/max)": `${pan.mean.toFixed(1)}/${pan.p95.toFixed(0)}/${pan.max.toFixed(0)}`,
      "sigma JS ms per pan frame (mean/max)": `${renderJs.mean.toFixed(1)}/${renderJs.max.toFixed(0)}`,
    };
  } finally {
    await server.stop();
  }
}

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const rows: Record<string, string | number>[] = [];
try {
  for (const dir of process.argv.slice(2)) rows.push(await measure(path.basename(dir), dir, page));
  rows.push(await measure("synthetic 20k/100k", writeSyntheticBuild(20_000, 100_000), page));
} finally {
  await browser.close();
}
console.table(rows);
console.log(
  `Chromium headless, software WebGL (--disable-gpu), 1280×800; layout measured over ${LAYOUT_SECONDS} s; ` +
    `${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}; ${new Date().toISOString()}`,
);
