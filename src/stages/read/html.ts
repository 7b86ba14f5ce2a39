// Reads a saved web page: the article body, headline, byline and publication
// date, found by @mozilla/readability over a linkedom DOM. The text returned
// is what the pipeline indexes; the page's markup is not kept.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parseDateline } from "./dateline.js";
import { type HtmlNode, htmlText } from "./html-text.js";
import type { ReadArticle } from "./read-article.js";

interface Queryable {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

const META_DATE = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];
const META_AUTHOR = ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]'];
const META_TITLE = ['meta[property="og:title"]', 'meta[name="twitter:title"]'];

const clean = (s: string | null | undefined): string | null => {
  const v = s?.replace(/\s+/g, " ").trim();
  return v ? v : null;
};

function meta(doc: Queryable, selectors: readonly string[]): string | null {
  for (const s of selectors) {
    const v = clean(doc.querySelector(s)?.getAttribute("content"));
    if (v) return v;
  }
  return null;
}

/** "2021-12-08T18:05:00+01:00" → "2021-12-08T18:05:00", as written; other forms through the dateline parser. */
export function isoFromHtmlDate(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?)?/.exec(value.trim());
  if (m?.[1]) return m[2] ? `${m[1]}T${m[2]}${m[3] ?? ":00"}` : m[1];
  return parseDateline(value);
}

/** "By Jane Doe, Reuters" → "Jane Doe". */
export function authorFromByline(byline: string | null): string | null {
  const v = clean(byline)
    ?.replace(/^(?:by|written by|posted by)\s+/i, "")
    .replace(/\s*[,|].*$/, "")
    .trim();
  return v && v.length <= 120 ? v : null;
}

/** linkedom needs a whole document; a fragment is wrapped in one. */
const asDocument = (html: string): string => (/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);

/** Prefers the page's own <h1> when the <title> only adds a site name to it ("Headline | Site"). */
function headlineOf(readable: string | null, h1: string | null, metaTitle: string | null): string | null {
  const title = readable ?? metaTitle;
  if (h1 && (!title || (title !== h1 && title.includes(h1)))) return h1;
  return title ?? h1;
}

/**
 * The page as an article: headline on the first line, then the body, so the
 * plain-text head reader sees the same layout as in a .txt article.
 */
export function readHtml(html: string): ReadArticle {
  const { document } = parseHTML(asDocument(html));
  const doc = document as unknown as Queryable & { body: HtmlNode | null; documentElement: HtmlNode | null };
  const published = isoFromHtmlDate(meta(doc, META_DATE) ?? clean(doc.querySelector("time[datetime]")?.getAttribute("datetime")));
  const metaAuthor = meta(doc, META_AUTHOR);
  const metaTitle = meta(doc, META_TITLE) ?? clean(doc.querySelector("title")?.textContent);
  const h1 = clean(doc.querySelector("h1")?.textContent);
  let article: ReturnType<Readability<HtmlNode>["parse"]> = null;
  try {
    article = new Readability<HtmlNode>(document as never, { serializer: (node) => node as unknown as HtmlNode }).parse();
  } catch {
    article = null;
  }
  const root = article?.content ?? doc.body ?? doc.documentElement;
  const body = root ? htmlText(root) : "";
  const title = h1 && body.startsWith(h1) ? h1 : headlineOf(clean(article?.title), h1, metaTitle);
  const warnings = article ? [] : ["readability found no article body; using the whole page text"];
  return {
    text: title && !body.startsWith(title) ? `${title}\n\n${body}` : body,
    title,
    author: authorFromByline(article?.byline ?? null) ?? authorFromByline(metaAuthor),
    published: isoFromHtmlDate(article?.publishedTime ?? null) ?? published,
    warnings,
  };
}
