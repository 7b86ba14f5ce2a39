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
  const slug = base.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug || "article";
}

export function readPlainText(text: string, options: ReadOptions = {}): ArticleDoc {
  const source = options.source ?? null;
  const head = readHead(text);
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
