// Filters, the URL and safety, on the hand-made fixture graph (fixed
// positions, layout off): a filter change lands in the URL and a reload
// restores it; the timeline brush filters by date; names and quotes that
// contain HTML render as text under a CSP that forbids inline script.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gotoExplorer, hasChromium, launchBrowser, openPage, SCREENSHOTS, writeFixtureBuild } from "../fixtures/web/browser.js";
import { HOSTILE_NAME, HOSTILE_QUOTE } from "../fixtures/web/graph-file.js";
import { type Serving, startServe } from "../helpers/cli.js";

describe.runIf(hasChromium)("explorer filters and safety in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let server: Serving;
  const problems: string[] = [];
  const visible = () => page.evaluate(() => (window.newsgraph?.visibleNodes() ?? []).sort());
  const param = (key: string) => new URL(page.url()).searchParams.get(key);

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServe(writeFixtureBuild())]);
    page = await openPage(browser, problems);
    await gotoExplorer(page, `${server.url}?layout=off`, { settle: false });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("filter → URL → reload restores the view", async () => {
    await page.click("#filters-toggle");
    await page.uncheck("#filters input[name=type][value=Organization]");
    await page.check("#filters input[name=isolated]");
    await page.evaluate(() => window.newsgraph?.select("bob-baker"));
    expect(param("types")).toBe(
      "Group,Other,Person,Place"
        .split(",")
        .filter((t) => t !== "Group")
        .join(","),
    );
    expect(param("isolated")).toBe("hide");
    expect(param("entity")).toBe("bob-baker");
    const before = await visible();
    expect(before).toEqual(["alice-archer", "bob-baker", "carthage"]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-filters.png") });

    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    expect(await visible()).toEqual(before);
    expect(await page.isChecked("#filters input[name=type][value=Organization]")).toBe(false);
    expect(await page.isChecked("#filters input[name=isolated]")).toBe(true);
    expect(await page.isVisible("#filters")).toBe(true);
    expect(await page.textContent("#panel h2")).toBe("Bob Baker");
    expect(await page.textContent("#summary")).toMatch(/^3 of 5 entities/);
  });

  it("filters by link type, article, minimum degree; reset shows everything", async () => {
    await page.click("#filters .reset");
    expect(await visible()).toHaveLength(5);
    await page.uncheck("#filters input[name=edge][value=said-about]");
    await page.uncheck("#filters input[name=edge][value=role]");
    await page.check("#filters input[name=isolated]");
    expect(await visible()).toEqual(["alice-archer", "bob-baker"]);
    await page.click("#filters .reset");
    await page.selectOption("#filters select[name=article]", "b");
    expect(param("article")).toBe("b");
    expect(await visible()).toEqual(["alice-archer", "bob-baker"]);
    await page.click("#filters .reset");
    await page.fill("#filters input[name=degree]", "2");
    await page.dispatchEvent("#filters input[name=degree]", "change");
    expect(await visible()).toEqual(["alice-archer", "bob-baker", "carthage"]);
    await page.click("#filters .reset");
    expect(page.url()).not.toContain("degree=");
  });

  it("brushing the timeline filters by date and lands in the URL", async () => {
    const box = await page.locator(".timeline-bars").boundingBox();
    if (!box) throw new Error("no timeline");
    // four days, 6–9 December: brush the last two
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.99, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => new URL(location.href).searchParams.has("from"));
    expect([param("from"), param("to")]).toEqual(["2021-12-08", "2021-12-09"]);
    expect(await page.inputValue("#filters input[name=from]")).toBe("2021-12-08");
    expect(await visible()).toEqual(["alice-archer", "bob-baker"]);
    expect(await page.textContent(".timeline-label")).toMatch(/2021-12-08 – 2021-12-09 · 2 statements/);
    await page.mouse.click(box.x + 5, box.y + box.height / 2);
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("from"));
    expect(await visible()).toHaveLength(5);
  });

  it("names and quotes containing HTML render as text, in the panel, search and article", async () => {
    await page.evaluate(() => window.newsgraph?.select("mallory"));
    expect(await page.textContent("#panel h2")).toBe(HOSTILE_NAME);
    expect(await page.textContent("#panel .said blockquote")).toBe(`“${HOSTILE_QUOTE}”`);
    expect(await page.$$("#panel img, #panel script, #panel b")).toHaveLength(0);
    await page.fill("#search", "<img");
    await page.waitForSelector("#search-results li[data-entity=mallory]");
    expect(await page.$$("#search-results img")).toHaveLength(0);
    await page.keyboard.press("Escape");
    await page.click("#panel .said .article-link");
    await page.waitForSelector("#article-view .article-text .quote");
    expect(await page.textContent("#article-view h2")).toBe("Archer <i>vs</i> Baker");
    expect(await page.textContent("#article-view .article-text")).toContain(HOSTILE_QUOTE);
    expect(await page.$$("#article-view img, #article-view script, #article-view i")).toHaveLength(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "explorer-hostile-text.png") });
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.keyboard.press("Escape");
  });

  it("the panel names a source the article does not name as one", async () => {
    await page.evaluate(() => window.newsgraph?.select("alice-archer"));
    await page.waitForSelector("#panel:not([hidden])");
    expect(await page.textContent("#panel .said-about")).toMatch(/speaker: Officials \(unnamed source\)/);
  });

  it("the page forbids inline script by CSP, in the header and the document", async () => {
    const res = await fetch(server.url);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain("unsafe-inline");
    const meta = await page.getAttribute("meta[http-equiv=Content-Security-Policy]", "content");
    expect(meta).toMatch(/script-src 'self';/);
    const ran = await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__inline = 1";
      document.body.append(s);
      return (window as unknown as { __inline?: number }).__inline;
    });
    expect(ran).toBeUndefined();
    expect(problems.filter((p) => !/Content Security Policy/.test(p))).toEqual([]);
  });
});
