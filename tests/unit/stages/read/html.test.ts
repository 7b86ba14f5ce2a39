import { describe, expect, it } from "vitest";
import { authorFromByline, isoFromHtmlDate, readHtml } from "../../../../src/stages/read/html.js";

const PAGE = `<!doctype html><html><head><title>Putin warns NATO | Example News</title>
<meta property="article:published_time" content="2021-12-08T18:05:00+03:00"><meta name="author" content="Jane Doe">
<script>var tracking = "Putin said nothing";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Putin warns NATO</h1>
<p>Russian President Vladimir Putin said on Wednesday that NATO expansion was a threat. "We will respond," he said, according to <b>Reuters</b>.</p>
<p>The Kremlin added<br>that talks with Joe Biden were "constructive" &amp; useful.</p>
<p>More text follows here, with enough words to be an article body for readability to accept it as the main content of the page.</p></article>
<footer>Copyright 2021 Example News</footer></body></html>`;

describe("read: html", () => {
  const article = readHtml(PAGE);

  it("takes the headline from the page's h1 over a title with the site name", () => {
    expect(article.title).toBe("Putin warns NATO");
  });

  it("reads byline and publication date from the page's metadata", () => {
    expect(article.author).toBe("Jane Doe");
    expect(article.published).toBe("2021-12-08T18:05:00");
  });

  it("keeps the body as paragraphs, headline first, without scripts, navigation or footer", () => {
    expect(article.text.startsWith("Putin warns NATO\n\nRussian President Vladimir Putin said on Wednesday")).toBe(true);
    expect(article.text).toContain('The Kremlin added\nthat talks with Joe Biden were "constructive" & useful.');
    expect(article.text).not.toMatch(/tracking|color|Home|Copyright/);
  });

  it("reads a fragment without html or body", () => {
    expect(readHtml("<p>Putin said hello.</p>").text).toBe("Putin said hello.");
  });

  it("falls back to the page text, with a warning, when readability finds no article", () => {
    const r = readHtml("<html><body><div>Short.</div></body></html>");
    expect(r.text).toBe("Short.");
  });

  it.each([
    ["2021-12-08T18:05:00Z", "2021-12-08T18:05:00"],
    ["2021-12-08T18:05+01:00", "2021-12-08T18:05:00"],
    ["2021-12-08", "2021-12-08"],
    ["December 8, 2021", "2021-12-08"],
    ["soon", null],
  ])("reads the date %s", (value, iso) => {
    expect(isoFromHtmlDate(value)).toBe(iso);
  });

  it.each([
    ["By Jane Doe", "Jane Doe"],
    ["by Jane Doe, Reuters", "Jane Doe"],
    ["Jane Doe | Staff", "Jane Doe"],
    ["", null],
  ])("reads the byline %s", (value, author) => {
    expect(authorFromByline(value)).toBe(author);
  });
});
