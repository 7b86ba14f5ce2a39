// Reads a Markdown article: YAML front matter (title, author, date) as
// metadata, the document rendered by marked and reduced to its visible text
// with the same walker as web pages, so headings and paragraphs stay lines.
import { Marked } from "marked";
import { parseHTML } from "linkedom";
import { authorFromByline, isoFromHtmlDate } from "./html.js";
import { type HtmlNode, htmlText } from "./html-text.js";
import type { ReadArticle } from "./read-article.js";

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const marked = new Marked({ gfm: true, async: false });

/** Flat `key: value` pairs of a YAML front matter block; nested YAML is ignored. */
export function frontMatter(markdown: string): { fields: Map<string, string>; body: string } {
  const m = FRONT_MATTER.exec(markdown);
  const fields = new Map<string, string>();
  if (!m) return { fields, body: markdown };
  for (const line of (m[1] ?? "").split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv?.[1] && kv[2] !== undefined) fields.set(kv[1].toLowerCase(), kv[2].trim().replace(/^(["'])(.*)\1$/, "$2"));
  }
  return { fields, body: markdown.slice(m[0].length) };
}

const first = (fields: Map<string, string>, keys: readonly string[]): string | null => {
  for (const k of keys) {
    const v = fields.get(k);
    if (v) return v;
  }
  return null;
};

export function readMarkdown(markdown: string): ReadArticle {
  const { fields, body } = frontMatter(markdown);
  const html = marked.parse(body, { async: false });
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const root = (document as unknown as { body: HtmlNode | null }).body;
  const text = root ? htmlText(root) : "";
  const title = first(fields, ["title", "headline"]);
  return {
    text: title && !text.startsWith(title) ? `${title}\n\n${text}` : text,
    title,
    author: authorFromByline(first(fields, ["author", "byline", "authors"])),
    published: isoFromHtmlDate(first(fields, ["date", "published", "datepublished", "pubdate"])),
    warnings: [],
  };
}
