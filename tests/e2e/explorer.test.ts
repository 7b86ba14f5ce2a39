// The explorer in a real headless Chromium (Debian's, driven by playwright-core):
// the graph draws, hovering and clicking work, and the panel shows statements.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIRST_ARTICLE, ROOT, runCli, startServe } from "../helpers/cli.js";

const CHROMIUM = "/usr/bin/chromium";
export const SCREENSHOTS = path.join(ROOT, "tests/e2e/screenshots");

describe.runIf(fs.existsSync(CHROMIUM))("explorer in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let server: { url: string; stop(): void };
  const problems: string[] = [];

  beforeAll(async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-web-")), "out");
    expect(runCli(["build", path.dirname(FIRST_ARTICLE), "--out", out, "--quiet"]).code).toBe(0);
    server = await startServe(out);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("pageerror", (e) => problems.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error" && !/GL Driver/.test(m.text())) problems.push(m.text());
    });
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready]", { timeout: 30_000 });
    await page.waitForFunction(() => window.newsgraph?.layoutRunning() === false, undefined, { timeout: 30_000 });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  /** Page coordinates of a node as drawn. */
  const nodePosition = (id: string): Promise<{ x: number; y: number }> =>
    page.evaluate((node) => {
      const r = window.newsgraph?.renderer;
      const data = r?.getNodeDisplayData(node);
      if (!r || !data) throw new Error(`no node ${node}`);
      const p = r.framedGraphToViewport(data);
      const box = r.getContainer().getBoundingClientRect();
      return { x: p.x + box.left, y: p.y + box.top };
    }, id);

  it("loads the graph without errors", async () => {
    expect(await page.getAttribute("body", "data-ready")).toBe("true");
    expect(await page.textContent("#summary")).toMatch(/\d+ entities · \d+ links · \d+ statements · 1 article/);
    expect(problems).toEqual([]);
  });

  it("draws nodes on the canvas", async () => {
    const shot = await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-overview.png") });
    expect(shot.length).toBeGreaterThan(10_000);
    // the drawn node under Putin's position is Putin's colour (a reddish pixel)
    const { x, y } = await nodePosition("vladimir-putin");
    // read the screenshot's pixel back through a 2D canvas in the page
    const pixel = await page.evaluate(
      async ([png, px, py]) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const canvas = document.createElement("canvas");
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext("2d");
        ctx?.drawImage(img, 0, 0);
        return ctx ? [...ctx.getImageData(Math.round(Number(px)), Math.round(Number(py)), 1, 1).data] : null;
      },
      [shot.toString("base64"), x, y] as const,
    );
    expect(pixel).not.toBeNull();
    const [r = 0, g = 0, b = 0] = pixel ?? [];
    expect(r).toBeGreaterThan(150);
    expect(g).toBeLessThan(140);
    expect(b).toBeLessThan(140);
  });

  it("shows the legend with entity types", async () => {
    const legend = await page.textContent("#legend");
    for (const type of ["Person", "Organization", "Place"]) expect(legend).toContain(type);
  });

  it("opens the panel with the entity's statements when a node is clicked", async () => {
    const { x, y } = await nodePosition("vladimir-putin");
    await page.mouse.click(x, y);
    await page.waitForSelector("#panel:not([hidden])");
    expect(await page.textContent("#panel h2")).toBe("Vladimir Putin");
    const said = await page.$$eval("#panel .said .statement blockquote", (els) => els.map((e) => e.textContent ?? ""));
    expect(said.length).toBeGreaterThan(3);
    expect(said.join(" ")).toContain("Russia conducts peace-loving foreign policy");
    expect(await page.textContent("#panel .said")).toMatch(/place: Sochi/);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-panel.png") });
  });

  it("moves the focus when an entity in the panel is clicked, and closes on Escape", async () => {
    await page.click("#panel .entity-link[data-entity='sochi']");
    expect(await page.textContent("#panel h2")).toBe("Sochi");
    await page.keyboard.press("Escape");
    expect(await page.isHidden("#panel")).toBe(true);
  });

  it("explains a graph file it cannot read", async () => {
    const other = await browser.newPage();
    await other.goto(`${server.url}?graph=data/texts/2021-12-08-putin-nato-ukraine.txt`);
    await other.waitForSelector("body[data-ready='error']");
    expect(await other.textContent("#status")).toMatch(/Cannot show the graph: .*not valid JSON/);
    await other.close();
  });
});
