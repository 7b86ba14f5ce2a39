// Getting data out and in: the exports download files that parse (PNG,
// graphology JSON, Turtle); a pasted article is extracted in the page (the
// server's POST /api/extract only when the page cannot load the models) and
// its entities join the graph. The API's errors are clear.
import fs from "node:fs";
import path from "node:path";
import { Parser } from "n3";
import { MultiDirectedGraph } from "graphology";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gotoExplorer, hasChromium, launchBrowser, openPage, SCREENSHOTS, writeFixtureBuild } from "../fixtures/web/browser.js";
import { HOSTILE_NAME } from "../fixtures/web/graph-file.js";
import { type Serving, startServe } from "../helpers/cli.js";

const PASTED = `Olaf Scholz met Emmanuel Macron in Paris on Friday.

"Europe must stand together," Scholz told reporters after the meeting. Macron said the talks were "<img src=x onerror=alert(1)> frank and useful".`;

describe.runIf(hasChromium)("explorer exports and pasted articles in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let server: Serving;
  const problems: string[] = [];
  const apiCalls: string[] = [];

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServe(writeFixtureBuild())]);
    page = await openPage(browser, problems);
    page.on("request", (r) => {
      if (r.url().includes("/api/")) apiCalls.push(r.url());
    });
    await gotoExplorer(page, `${server.url}?layout=off&isolated=hide`, { settle: false });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const download = async (button: string): Promise<{ name: string; body: Buffer }> => {
    await page.click(".menu summary");
    const [file] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
    const where = await file.path();
    return { name: file.suggestedFilename(), body: fs.readFileSync(where) };
  };

  it("export: the view as a PNG image", async () => {
    const { name, body } = await download("#export-png");
    expect(name).toBe("newsgraph-view.png");
    expect(body.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(body.length).toBeGreaterThan(5_000);
  });

  it("export: the filtered subgraph as graphology JSON that graphology imports", async () => {
    const { name, body } = await download("#export-json");
    expect(name).toBe("newsgraph-view.json");
    const file = JSON.parse(body.toString("utf8"));
    expect(file.format).toBe("newsgraph-graph");
    const graph = new MultiDirectedGraph();
    graph.import(file.graph);
    expect(graph.order).toBe(4);
    expect(graph.hasNode("lonely")).toBe(false);
    expect(graph.size).toBe(6);
    expect(Object.keys(file.statements).sort()).toEqual(["a/s1", "a/s2", "b/s1"]);
  });

  it("export: the filtered subgraph as Turtle that n3 parses", async () => {
    const { name, body } = await download("#export-ttl");
    expect(name).toBe("newsgraph-view.ttl");
    const quads = new Parser().parse(body.toString("utf8"));
    expect(quads.length).toBeGreaterThan(30);
    expect(quads.some((q) => q.object.value === HOSTILE_NAME)).toBe(true);
  });

  it("paste: a pasted article is extracted in the page, with no server round trip, and its entities join the graph", async () => {
    const before = await page.evaluate(() => window.newsgraph?.order() ?? 0);
    await page.click("#paste-open");
    await page.fill("#paste-title", "Scholz in Paris");
    await page.fill("#paste-text", PASTED);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-paste.png") });
    await page.click("#paste-submit");
    // the first article loads the models in the page: the user is told why it takes a moment
    expect(await page.textContent("#paste-status")).toMatch(/Loading the extraction models/);
    await page.waitForFunction((n) => (window.newsgraph?.order() ?? 0) > n, before, { timeout: 20_000 });
    await page.waitForSelector("#paste-dialog", { state: "hidden" });
    expect(await page.textContent("#paste-status")).not.toMatch(/Could not/);
    expect(await page.textContent("#status")).toMatch(/Added “Scholz in Paris”: \d+ new entities/);
    expect(await page.textContent("#summary")).toMatch(/3 articles/);
    await page.fill("#search", "Macron");
    await page.waitForSelector("#search-results li[data-entity]");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#panel:not([hidden])");
    expect(await page.textContent("#panel h2")).toMatch(/Macron/);
    expect(await page.$$("#panel img")).toHaveLength(0);
    await page.click("#panel .articles .article-link");
    await page.waitForSelector("#article-view .article-text .mention");
    expect(await page.textContent("#article-view .article-text")).toContain("<img src=x onerror=alert(1)>");
    expect(await page.$$("#article-view img")).toHaveLength(0);
    await page.keyboard.press("Escape");
    expect(apiCalls).toEqual([]);
  });

  it("paste: the page extracts exactly what the server would", async () => {
    const res = await fetch(new URL("api/extract", server.url), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: PASTED, title: "Scholz in Paris" }),
    });
    const fromServer = (await res.json()) as { article: string; graph: unknown };
    const inPage = await page.evaluate(([text, title]) => window.newsgraph?.extract(text, title), [PASTED, "Scholz in Paris"] as const);
    expect(inPage).toEqual(fromServer);
  });

  it("paste: an extraction over the time limit is stopped with a clear error, and the next one works", async () => {
    // long enough that a warm worker cannot answer within the 1 ms limit before the timer fires
    const long = Array.from({ length: 200 }, () => PASTED).join("\n\n");
    const error = await page.evaluate(
      ([text]) =>
        window.newsgraph?.extract(text, null, 1).then(
          () => "",
          (e: Error) => e.message,
        ),
      [long] as const,
    );
    expect(error).toMatch(/took longer than 0.001 s and was stopped/);
    const again = await page.evaluate(([text]) => window.newsgraph?.extract(text, null), [PASTED] as const);
    expect(again?.article).toMatch(/^pasted-/);
  });

  it("paste: where the page cannot load the models, the local server extracts instead", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      await context.route(/\/assets\/ner-[^/]*\.bin$/, (route) => route.fulfill({ status: 404, body: "not here" }));
      const other = await context.newPage();
      const calls: string[] = [];
      other.on("request", (r) => {
        if (r.url().includes("/api/extract")) calls.push(r.url());
      });
      await gotoExplorer(other, `${server.url}?layout=off`, { settle: false });
      const added = await other.evaluate(([text]) => window.newsgraph?.extract(text, null), [PASTED] as const);
      expect(added?.graph.graph.nodes.some((n) => /Macron/.test(String(n.attributes?.label))) ?? false).toBe(true);
      expect(calls).toHaveLength(1);
    } finally {
      await context.close();
    }
  });

  it("paste: errors are shown in the dialog, and the same article twice is refused", async () => {
    await page.click("#paste-open");
    await page.fill("#paste-text", "   ");
    await page.click("#paste-submit");
    await page.waitForSelector("#paste-status.error");
    expect(await page.textContent("#paste-status")).toMatch(/the article is empty/);
    await page.fill("#paste-title", "");
    await page.fill("#paste-text", PASTED);
    await page.click("#paste-submit");
    await page.waitForFunction(() => /already in the graph/.test(document.querySelector("#paste-status")?.textContent ?? ""));
    await page.click("#paste-cancel");
    expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
  });

  it("drop: a .txt file dropped on the page joins the graph", async () => {
    const before = await page.evaluate(() => window.newsgraph?.order() ?? 0);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(["Angela Merkel met Mario Draghi in Rome on Monday."], "merkel-rome.txt", { type: "text/plain" }));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction((n) => (window.newsgraph?.order() ?? 0) > n, before, { timeout: 20_000 });
    expect(await page.textContent("#status")).toMatch(/Added “merkel-rome”/);
  });

  it.each([
    ["a body that is not JSON", { body: "text", type: "application/json" }, 400, "E_BAD_INPUT"],
    ["a missing text", { body: "{}", type: "application/json" }, 400, "E_BAD_INPUT"],
    ["plain text", { body: "text", type: "text/plain" }, 415, "E_BAD_INPUT"],
    ["a body over the limit", { body: JSON.stringify({ text: "x".repeat(600 * 1024) }), type: "application/json" }, 413, "E_TOO_LARGE"],
    ["another origin", { body: "{}", type: "application/json", origin: "http://evil.example" }, 403, "E_FORBIDDEN"],
  ])("api: refuses %s with a clear error", async (_, req, status, code) => {
    const res = await fetch(new URL("api/extract", server.url), {
      method: "POST",
      body: req.body,
      headers: { "Content-Type": req.type, ...(req.origin ? { Origin: req.origin } : {}) },
    });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
  });

  it("api: only POST /api/extract exists", async () => {
    expect((await fetch(new URL("api/extract", server.url))).status).toBe(405);
    expect((await fetch(new URL("api/other", server.url), { method: "POST" })).status).toBe(404);
  });
});
