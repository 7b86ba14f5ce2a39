// Decoded text of any supported format to a ReadArticle: plain text as it is,
// web pages through readability, Markdown through marked.
import { readHtml } from "./html.js";
import { readMarkdown } from "./markdown.js";
import type { ArticleFormat, ReadArticle } from "./read-article.js";

export function readFormat(format: ArticleFormat, text: string): ReadArticle {
  if (format === "html") return readHtml(text);
  if (format === "md") return readMarkdown(text);
  return { text: text.replace(/^\uFEFF/, ""), title: null, author: null, published: null, warnings: [] };
}

/** Guesses the format of text without a name (standard input): a page, JSON Lines or plain text. */
export function sniffFormat(text: string): ArticleFormat | "jsonl" {
  const head = text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 512)
    .toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || /^<(head|body|article|p|div)[\s>]/.test(head)) return "html";
  if (head.startsWith("{") && /"text"\s*:/.test(text.slice(0, 1 << 16))) return "jsonl";
  return "txt";
}
