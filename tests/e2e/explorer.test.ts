// The explorer on the first article, in Debian's headless Chromium: the graph
// draws and settles, search flies to an entity, hover dims all but the
// neighbourhood, a click opens the panel, links in the panel move the focus,
// the article view marks quotes, and the appearance switches work.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gotoExplorer, hasChromium, launchBrowser, nodePosition, openPage, SCREENSHOTS } from "../fixtures/web/browser.js";
import { FIRST_ARTICLE, runCli, type Serving, startServe } from "../helpers/cli.js";

describe.runIf(hasChromium)("explorer in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let server: Serving;
  const problems: string[] = [];

  beforeAll(async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-web-")), "out");
    const [built, launched] = await Promise.all([
      Promise.resolve().then(() => runCli(["build", path.dirname(FIRST_ARTICLE), "--out", out, "--quiet"])),
      launchBrowser(),
    ]);
    expect(built.code).toBe(0);
    browser = launched;
    server = await startServe(out);
    page = await openPage(browser, problems);
    await gotoExplorer(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const displayColor = (id: string) => page.evaluate((n) => window.newsgraph?.renderer.getNodeDisplayData(n)?.color, id);

  it("loads the graph, lays it out until it settles, without errors", async () => {
    expect(await page.getAttribute("body", "data-ready")).toBe("true");
    expect(await page.textContent("#summary")).toMatch(/\d+ entities · \d+ links · \d+ statements · 1 article/);
    const stats = await page.evaluate(() => window.newsgraph?.layoutStats());
    expect(stats?.stopReason).toBe("converged");
    expect(await page.textContent("#layout-toggle")).toBe("Resume layout");
    expect(problems).toEqual([]);
  });

  it("draws nodes on the canvas, Putin in a Person colour", async () => {
    const shot = await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-overview.png") });
    expect(shot.length).toBeGreaterThan(10_000);
    const { x, y } = await nodePosition(page, "vladimir-putin");
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
    const [r = 0, g = 0, b = 0] = pixel ?? [];
    expect(r).toBeGreaterThan(150);
    expect(g).toBeLessThan(140);
    expect(b).toBeLessThan(140);
  });

  it("shows a legend of entity and link types", async () => {
    const legend = await page.textContent("#legend");
    for (const type of ["Person", "Organization", "Place", "said-about", "met"]) expect(legend).toContain(type);
  });

  it("search: `/` focuses the box, suggestions by alias, Enter flies to the entity and opens it", async () => {
    await page.click("#graph", { position: { x: 5, y: 5 } });
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    const before = await page.evaluate(() => window.newsgraph?.renderer.getCamera().getState());
    await page.keyboard.type("bide");
    await page.waitForSelector("#search-results li[data-entity='joe-biden']");
    expect(await page.textContent("#search-results li.active")).toContain("Joe Biden");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#panel:not([hidden])");
    expect(await page.textContent("#panel h2")).toBe("Joe Biden");
    await page.waitForTimeout(600);
    const after = await page.evaluate(() => window.newsgraph?.renderer.getCamera().getState());
    expect(after).not.toEqual(before);
    expect(new URL(page.url()).searchParams.get("entity")).toBe("joe-biden");
    await page.keyboard.press("Escape");
    expect(await page.isHidden("#panel")).toBe(true);
  });

  it("hover: dims everything but the neighbourhood, and restores it on leave", async () => {
    await page.evaluate(() => window.newsgraph?.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
    await page.waitForTimeout(100);
    const neighbours = await page.evaluate(() => window.newsgraph?.renderer.getGraph().neighbors("joe-biden") ?? []);
    const all = await page.evaluate(() => window.newsgraph?.renderer.getGraph().nodes() ?? []);
    const stranger = all.find((n) => n !== "joe-biden" && !neighbours.includes(n));
    expect(stranger).toBeDefined();
    const own = await displayColor(String(stranger));
    const { x, y } = await nodePosition(page, "joe-biden");
    await page.mouse.move(x, y);
    await page.waitForFunction((n) => window.newsgraph?.renderer.getNodeDisplayData(n)?.color === "#e4e6e8", stranger);
    expect(await displayColor(neighbours[0] ?? "")).not.toBe("#e4e6e8");
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-hover.png") });
    await page.mouse.move(3, 400);
    await page.waitForFunction(([n, c]) => window.newsgraph?.renderer.getNodeDisplayData(n)?.color === c, [String(stranger), own] as const);
  });

  it("click: opens the panel with statements, their evidence and relations", async () => {
    const { x, y } = await nodePosition(page, "vladimir-putin");
    await page.mouse.click(x, y);
    await page.waitForSelector("#panel:not([hidden])");
    expect(await page.textContent("#panel h2")).toBe("Vladimir Putin");
    const said = await page.$$eval("#panel .said .statement blockquote", (els) => els.map((e) => e.textContent ?? ""));
    expect(said.length).toBeGreaterThan(3);
    expect(said.join(" ")).toContain("Russia conducts peace-loving foreign policy");
    expect(await page.textContent("#panel .said")).toMatch(/place: Sochi/);
    expect(await page.textContent("#panel .said")).toMatch(/cue: /);
    expect(await page.$$eval("#panel .said .context mark", (els) => els.length)).toBeGreaterThan(3);
    expect(await page.$$eval("#panel .relations .statement", (els) => els.length)).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-panel.png") });
  });

  it("article view: opens from the panel with quotations and entities marked", async () => {
    await page.click("#panel .said .statement .article-link");
    await page.waitForSelector("#article-view:not([hidden]) .article-text .quote");
    expect(await page.$$eval("#article-view .article-text .quote", (els) => els.length)).toBeGreaterThan(5);
    expect(await page.$$eval("#article-view .mention[data-entity='vladimir-putin']", (els) => els.length)).toBeGreaterThan(3);
    expect(await page.$$eval("#article-view .quote.focus", (els) => els.length)).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-article.png") });
    await page.click("#article-view .mention[data-entity='joe-biden']");
    await page.waitForFunction(() => document.querySelector("#panel h2")?.textContent === "Joe Biden");
    await page.keyboard.press("Escape");
    expect(await page.isHidden("#article-view")).toBe(true);
    expect(await page.isHidden("#panel")).toBe(false);
  });

  it("moves the focus when an entity in the panel is clicked, and closes on Escape", async () => {
    await page.evaluate(() => window.newsgraph?.select("vladimir-putin"));
    await page.click("#panel .entity-link[data-entity='sochi']");
    expect(await page.textContent("#panel h2")).toBe("Sochi");
    // a grounded place: its country (a link), coordinates and GeoNames page
    expect(await page.textContent("#panel .location")).toMatch(/^In Russia · 43\.60° N, 39\.73° E · GeoNames$/);
    expect(await page.getAttribute("#panel .location a.geonames", "href")).toBe("https://www.geonames.org/491422");
    expect(await page.getAttribute("#panel .location a.geonames", "rel")).toBe("noopener noreferrer");
    // what happened there: the meeting, and what Putin said in Sochi
    expect(await page.textContent("#panel .relations")).toMatch(/Kyriakos Mitsotakis/);
    expect(await page.textContent("#panel h3:has(+ * .said-here), #panel h3:has(+ .said-here)")).toMatch(/Said in Sochi \(\d+\)/);
    expect(await page.$$eval("#panel .said-here .statement", (els) => els.length)).toBeGreaterThan(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-place.png") });
    await page.click("#panel .location .entity-link[data-entity='russia']");
    expect(await page.textContent("#panel h2")).toBe("Russia");
    await page.keyboard.press("Escape");
    expect(await page.isHidden("#panel")).toBe(true);
  });

  it("switches colour to Louvain communities and size to links", async () => {
    await page.click("#zoom-fit");
    await page.waitForFunction(() => window.newsgraph?.renderer.getCamera().ratio === 1);
    await page.selectOption("#color-mode", "community");
    await page.selectOption("#size-mode", "degree");
    expect(await page.textContent("#legend h3")).toBe("Communities");
    const url = new URL(page.url());
    expect([url.searchParams.get("color"), url.searchParams.get("size")]).toEqual(["community", "degree"]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-communities.png") });
    await page.selectOption("#color-mode", "type");
    await page.selectOption("#size-mode", "mentions");
  });

  it("resumes the layout from the button, and stops it again", async () => {
    // both clicks in one task: a small graph may settle again before a second round trip
    const states = await page.evaluate(() => {
      const button = document.getElementById("layout-toggle");
      button?.click();
      const resumed = [window.newsgraph?.layoutRunning(), button?.textContent];
      button?.click();
      return [...resumed, window.newsgraph?.layoutRunning(), window.newsgraph?.layoutStats().stopReason];
    });
    expect(states).toEqual([true, "Stop layout", false, "user"]);
    await page.click("#layout-toggle");
    await page.waitForFunction(() => window.newsgraph?.layoutStats().stopReason === "converged", undefined, { timeout: 30_000 });
    expect(problems).toEqual([]);
  });

  it("explains a graph file it cannot read", async () => {
    const other = await browser.newPage();
    await other.goto(`${server.url}?graph=data/texts/2021-12-08-putin-nato-ukraine.txt`);
    await other.waitForSelector("body[data-ready='error']");
    expect(await other.textContent("#status")).toMatch(/Cannot show the graph: .*not valid JSON/);
    await other.close();
  });
});
