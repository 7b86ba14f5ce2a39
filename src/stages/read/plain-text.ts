// Reads a plain-text article into an ArticleDoc: the text kept exactly as
// given, metadata from its head, the article id from its name.
import type { ArticleDoc } from "../../model/doc.js";
import { dateFromFileName } from "./dateline.js";
import { readHead } from "./metadata.js";

export interface ReadOptions {
  /** Article id; derived from `source` when absent. */
  readonly id?: string;
  /** Where the text came from: a path or URL, shown in the output. */
  readonly source?: string;
  /** Metadata given by the caller wins over what the head says. */
  readonly title?: string;
  readonly author?: string;
  readonly published?: string;
}

/** A file name without folders and extension, made into a stable slug. */
export function articleIdFrom(source: string): string {
  const base = source.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const slug = base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "article";
}

/** Whether the text opens with the given title (ignoring case, spacing and punctuation). */
function opensWith(text: string, title: string): boolean {
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const firstLine = /^\s*([^\r\n]*)/.exec(text)?.[1] ?? "";
  return norm(firstLine) === norm(title);
}

export function readPlainText(text: string, options: ReadOptions = {}): ArticleDoc {
  const source = options.source ?? null;
  const head = readHead(text, { headline: options.title === undefined || opensWith(text, options.title) });
  return {
    id: options.id ?? articleIdFrom(source ?? "article"),
    meta: {
      title: options.title ?? head.title,
      author: options.author ?? head.author,
      published: options.published ?? head.published ?? (source ? dateFromFileName(source) : null),
      source,
      head: head.head,
      boilerplate: head.boilerplate,
    },
    text,
    diagnostics: [],
  };
}

/** Any id made safe as a file name and IRI segment ("AP/2021 #12" → "ap-2021-12"). */
export function slugId(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120);
}
